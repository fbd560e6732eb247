package org.openmla.core.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;

/**
 * The legal basis a request claims: an instrument by id ({@code UNTOC}, {@code ETS30}, ...), or reciprocity or
 * comity. Whether the claim holds between the two States on the date is for the rules engine to say.
 *
 * @param kind treaty, reciprocity or comity
 * @param instrument the instrument id; present exactly when {@code kind} is {@link LegalBasisKind#TREATY}
 */
public record LegalBasis(
        @NotNull LegalBasisKind kind,
        @NotNull Optional<@Pattern(regexp = INSTRUMENT_ID_PATTERN) String> instrument) {

    /** Instrument ids are upper-case letters, digits, '-' and '_', starting with a letter, at most 40 characters. */
    public static final String INSTRUMENT_ID_PATTERN = "[A-Z][A-Z0-9_-]{0,39}";

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile(INSTRUMENT_ID_PATTERN);

    /** @throws InvalidValueException if the instrument is missing for a treaty, present otherwise, or malformed */
    public LegalBasis {
        Checks.required(kind, "LegalBasis.kind");
        Checks.optional(instrument, "LegalBasis.instrument");
        if (kind == LegalBasisKind.TREATY && instrument.isEmpty()) {
            throw new InvalidValueException("LegalBasis.instrument", "is required when kind is TREATY");
        }
        if (kind != LegalBasisKind.TREATY && instrument.isPresent()) {
            throw new InvalidValueException("LegalBasis.instrument", "must be absent when kind is " + kind);
        }
        try {
            instrument.ifPresent(LegalBasis::checkInstrumentId);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("LegalBasis.instrument", e.problem());
        }
    }

    /** @return a treaty basis naming the instrument, e.g. {@code treaty("UNTOC")} */
    public static LegalBasis treaty(String instrumentId) {
        return new LegalBasis(LegalBasisKind.TREATY, Optional.of(Checks.required(instrumentId, "LegalBasis.instrument")));
    }

    /** @return reciprocity */
    public static LegalBasis reciprocity() {
        return new LegalBasis(LegalBasisKind.RECIPROCITY, Optional.empty());
    }

    /** @return comity */
    public static LegalBasis comity() {
        return new LegalBasis(LegalBasisKind.COMITY, Optional.empty());
    }

    /**
     * Checks an instrument id's form.
     *
     * @param id the id
     * @return the id
     * @throws InvalidValueException if it does not match {@link #INSTRUMENT_ID_PATTERN}
     */
    public static String checkInstrumentId(String id) {
        Checks.required(id, "instrument id");
        if (!ID.matcher(id).matches()) {
            throw new InvalidValueException("instrument id", "must match " + INSTRUMENT_ID_PATTERN);
        }
        return id;
    }

    @Override
    public String toString() {
        return instrument.orElse(kind.name());
    }
}
