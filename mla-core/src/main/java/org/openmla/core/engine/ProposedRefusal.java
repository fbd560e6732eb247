package org.openmla.core.engine;

import java.util.Optional;
import org.openmla.core.internal.Checks;
import org.openmla.core.rules.RefusalGround;

/**
 * A ground an officer proposes to refuse on, for the whole request or one measure. The engine answers whether the
 * instrument permits it, so a refusal on a forbidden ground is caught before it is sent.
 *
 * @param groundId the ground's id, e.g. {@code BANK_SECRECY}
 * @param measureIndex the measure, or empty for the whole request
 */
public record ProposedRefusal(String groundId, Optional<Integer> measureIndex) {
    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public ProposedRefusal {
        Checks.text(groundId, "ProposedRefusal.groundId", 80);
        Checks.optional(measureIndex, "ProposedRefusal.measureIndex");
    }

    /** @return a proposal to refuse the whole request on the ground */
    public static ProposedRefusal of(RefusalGround ground) {
        return new ProposedRefusal(ground.id(), Optional.empty());
    }

    /** @return a proposal to refuse the whole request on the ground, by id */
    public static ProposedRefusal of(String groundId) {
        return new ProposedRefusal(groundId, Optional.empty());
    }

    /** @return the ground and the measure if any, e.g. {@code ProposedRefusal[BANK_SECRECY measure 1]} */
    @Override
    public String toString() {
        return "ProposedRefusal[" + groundId + measureIndex.map(i -> " measure " + i).orElse("") + "]";
    }
}
