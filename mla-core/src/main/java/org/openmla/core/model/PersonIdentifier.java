package org.openmla.core.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.openmla.core.internal.Checks;

/**
 * An identifier of a person, such as a passport number. Personal data: never shown by {@code toString} or in
 * exception messages.
 *
 * @param kind the kind of identifier
 * @param value the identifier
 * @param issuer the issuing State, where known
 */
public record PersonIdentifier(
        @NotNull IdentifierKind kind,
        @NotBlank @Size(max = 100) String value,
        @NotNull Optional<Jurisdiction> issuer) {

    /** @throws org.openmla.core.InvalidValueException if a field is null, blank or too long */
    public PersonIdentifier {
        Checks.required(kind, "PersonIdentifier.kind");
        Checks.text(value, "PersonIdentifier.value", 100);
        Checks.optional(issuer, "PersonIdentifier.issuer");
    }

    /** @return an identifier issued by a State */
    public static PersonIdentifier of(IdentifierKind kind, String value, Jurisdiction issuer) {
        return new PersonIdentifier(kind, value, Optional.of(issuer));
    }

    @Override
    public String toString() {
        return "PersonIdentifier[kind=" + kind + ", value=<redacted>, issuer=" + issuer.map(Jurisdiction::alpha2).orElse("<absent>") + "]";
    }
}
