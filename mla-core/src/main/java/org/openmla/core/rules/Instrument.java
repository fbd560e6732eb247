package org.openmla.core.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;
import org.openmla.core.model.LegalBasis;

/**
 * A legal instrument: a convention, protocol, directive, regulation, framework decision or bilateral treaty.
 *
 * @param id a short id used in citations and legal bases, e.g. {@code UNTOC}
 * @param title the full title
 * @param adopted the date it was adopted or signed
 * @param inForce the date it entered into force (internationally) or became applicable
 */
public record Instrument(String id, String title, Optional<LocalDate> adopted, Optional<LocalDate> inForce) {

    /** @throws InvalidValueException if the id is malformed, the title blank or the dates out of order */
    public Instrument {
        LegalBasis.checkInstrumentId(id);
        Checks.text(title, "Instrument.title", 500);
        Checks.optional(adopted, "Instrument.adopted");
        Checks.optional(inForce, "Instrument.inForce");
        if (adopted.isPresent() && inForce.isPresent() && inForce.get().isBefore(adopted.get())) {
            throw new InvalidValueException("Instrument.inForce", "must not be before the adoption date");
        }
    }

    /** @return an instrument with both dates */
    public static Instrument of(String id, String title, LocalDate adopted, LocalDate inForce) {
        return new Instrument(id, title, Optional.of(adopted), Optional.of(inForce));
    }

    @Override
    public String toString() {
        return id;
    }
}
