package org.openmla.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.openmla.core.internal.Checks;

/**
 * An authority: its name (an institution, not a person), its kind and, optionally, a contact.
 *
 * @param name the institution's name, e.g. {@code "Public Prosecutor's Office Rotterdam"}
 * @param kind what kind of authority it is
 * @param contact how to reach the officer in charge; personal data, redacted in {@code toString}
 */
public record Authority(
        @NotBlank @Size(max = 300) String name,
        @NotNull AuthorityKind kind,
        @NotNull Optional<@Valid Contact> contact) {

    /** @throws org.openmla.core.InvalidValueException if the name is missing or blank, or the kind is missing */
    public Authority {
        Checks.text(name, "Authority.name", 300);
        Checks.required(kind, "Authority.kind");
        Checks.optional(contact, "Authority.contact");
    }

    /** @return an authority without a contact */
    public static Authority of(String name, AuthorityKind kind) {
        return new Authority(name, kind, Optional.empty());
    }
}
