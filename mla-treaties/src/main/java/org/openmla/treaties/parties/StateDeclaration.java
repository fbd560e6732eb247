package org.openmla.treaties.parties;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;

/**
 * A declaration, reservation or notification one State made, of a kind its instrument's party data defines.
 *
 * @param id the {@link DeclarationKind#id()} it is an instance of
 * @param from the first day it has effect, if known; otherwise it has effect whenever the State is bound
 * @param until the last day it has effect, if it was withdrawn
 * @param source where this comes from
 */
public record StateDeclaration(String id, Optional<LocalDate> from, Optional<LocalDate> until, String source) {

    /** @throws InvalidValueException if a field is null, the id malformed or the dates out of order */
    public StateDeclaration {
        DeclarationKind.checkId(id, "StateDeclaration.id");
        Checks.optional(from, "StateDeclaration.from");
        Checks.optional(until, "StateDeclaration.until");
        if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
            throw new InvalidValueException("StateDeclaration.until", "must not be before from (declaration " + id + ")");
        }
        Checks.text(source, "StateDeclaration.source", 500);
    }

    /** @return whether the declaration has effect on the date */
    public boolean inEffectOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return (from.isEmpty() || !date.isBefore(from.get())) && (until.isEmpty() || !date.isAfter(until.get()));
    }
}
