package org.openmla.treaties.resolver;

import org.openmla.core.rules.Truth;
import org.openmla.core.internal.Checks;
import org.openmla.treaties.parties.Binding;

/**
 * Whether each of two States is bound by one instrument (or bilateral treaty) on a date, and so whether it can govern
 * a request between them.
 *
 * @param instrumentId the instrument or bilateral treaty id
 * @param title its title
 * @param bilateral whether it is a bilateral treaty between the two States
 * @param mlaTreaty whether it is a treaty of mutual legal assistance (UNTOC art. 18(7))
 * @param requesting the requesting State's binding
 * @param requested the requested State's binding
 */
public record InstrumentStatus(String instrumentId, String title, boolean bilateral, boolean mlaTreaty, Binding requesting, Binding requested) {

    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public InstrumentStatus {
        Checks.required(instrumentId, "InstrumentStatus.instrumentId");
        Checks.required(title, "InstrumentStatus.title");
        Checks.required(requesting, "InstrumentStatus.requesting");
        Checks.required(requested, "InstrumentStatus.requested");
    }

    /** @return whether both States are bound: TRUE, FALSE, or UNKNOWN when the data cannot tell */
    public Truth bothBound() {
        return requesting.bound().and(requested.bound());
    }
}
