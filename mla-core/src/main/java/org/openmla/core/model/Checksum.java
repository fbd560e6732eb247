package org.openmla.core.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;

/**
 * A checksum of an attachment held elsewhere.
 *
 * @param algorithm {@code SHA-256}, {@code SHA-384} or {@code SHA-512}
 * @param hex the digest in lower-case hexadecimal, of the length the algorithm gives
 */
public record Checksum(
        @NotNull @Pattern(regexp = "SHA-(256|384|512)") String algorithm,
        @NotNull @Pattern(regexp = "[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128}") String hex) {

    /** @throws InvalidValueException if the algorithm is not supported or the digest does not fit it */
    public Checksum {
        Checks.required(algorithm, "Checksum.algorithm");
        Checks.required(hex, "Checksum.hex");
        int expected = switch (algorithm) {
            case "SHA-256" -> 64;
            case "SHA-384" -> 96;
            case "SHA-512" -> 128;
            default -> throw new InvalidValueException("Checksum.algorithm", "must be SHA-256, SHA-384 or SHA-512");
        };
        if (hex.length() != expected || !hex.matches("[0-9a-f]+")) {
            throw new InvalidValueException("Checksum.hex", "must be " + expected + " lower-case hexadecimal digits for " + algorithm);
        }
    }

    /** @return a SHA-256 checksum; the digest may be in any case */
    public static Checksum sha256(String hex) {
        return new Checksum("SHA-256", Checks.required(hex, "Checksum.hex").toLowerCase(Locale.ROOT));
    }
}
