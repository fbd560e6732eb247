package org.openmla.core.model;

import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.Set;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;

/**
 * A language by its ISO 639-1 two-letter code ({@code en}, {@code fr}, {@code de}), checked against the ISO 639-1
 * list shipped with the library beside the ISO 3166-1 list (frozen, so the codes accepted do not depend on the Java
 * runtime). Immutable; value equality.
 *
 * @param code the lower-case ISO 639-1 code
 */
public record LanguageCode(@NotNull String code) {

    private static final Set<String> KNOWN = IsoLanguages.CODES;

    /** @throws InvalidValueException if the code is not a lower-case ISO 639-1 code */
    public LanguageCode {
        Checks.required(code, "LanguageCode.code");
        if (!KNOWN.contains(code)) {
            throw new InvalidValueException("LanguageCode.code", "is not a known ISO 639-1 language code");
        }
    }

    /** @return the language for a code in any case, e.g. {@code of("EN")} */
    public static LanguageCode of(String code) {
        Checks.required(code, "LanguageCode.code");
        return new LanguageCode(code.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return code;
    }
}
