package org.openmla.core.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;

/**
 * A request's identifier in the host's case system, e.g. {@code NL-2026-00042}. It identifies a file, not a person,
 * and may appear in logs.
 *
 * @param value letters, digits, '.', '/', '_' and '-', 1 to 100 characters
 */
public record RequestId(@NotNull @Pattern(regexp = RequestId.PATTERN) String value) {

    /** The accepted form. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9./_-]{0,99}";

    private static final java.util.regex.Pattern COMPILED = java.util.regex.Pattern.compile(PATTERN);

    /** @throws InvalidValueException if the value does not match {@link #PATTERN} */
    public RequestId {
        Checks.required(value, "RequestId.value");
        if (!COMPILED.matcher(value).matches()) {
            throw new InvalidValueException("RequestId.value", "must match " + PATTERN);
        }
    }

    /** @return the id */
    public static RequestId of(String value) {
        return new RequestId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
