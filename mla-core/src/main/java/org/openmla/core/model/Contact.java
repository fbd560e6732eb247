package org.openmla.core.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.openmla.core.internal.Checks;

/**
 * How to reach the officer handling a request. Personal data: {@link #toString()} shows which fields are present,
 * never their values.
 *
 * @param officerName the officer's name
 * @param email an e-mail address
 * @param phone a telephone number
 */
public record Contact(
        @NotNull Optional<@Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> officerName,
        @NotNull Optional<@Size(max = 254) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> email,
        @NotNull Optional<@Size(max = 40) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String> phone) {

    /** @throws org.openmla.core.InvalidValueException if a field is null, blank or too long */
    public Contact {
        Checks.optionalText(officerName, "Contact.officerName", 200);
        Checks.optionalText(email, "Contact.email", 254);
        Checks.optionalText(phone, "Contact.phone", 40);
    }

    /** @return a contact with only an e-mail address */
    public static Contact email(String email) {
        return new Contact(Optional.empty(), Optional.of(email), Optional.empty());
    }

    @Override
    public String toString() {
        return "Contact[officerName=" + Checks.redacted(officerName) + ", email=" + Checks.redacted(email)
                + ", phone=" + Checks.redacted(phone) + "]";
    }
}
