package org.openmla.core.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;

/**
 * A State (jurisdiction) identified by its ISO 3166-1 code.
 *
 * <p>Created with {@link #of(String)}, which accepts an alpha-2 ({@code "DE"}) or alpha-3 ({@code "DEU"}) code in
 * any case and normalises it to alpha-2. Codes are checked against the ISO 3166-1 list shipped with the library
 * (frozen, so the codes accepted do not depend on the Java runtime), plus one user-assigned code: {@code XK}
 * ({@code XKX}) for Kosovo, which ISO 3166-1 does not list and which the EU, Interpol and most States use for it;
 * an unknown code is an {@link InvalidValueException}. Immutable and thread-safe; value equality on the alpha-2 code.
 *
 * @param alpha2 the upper-case ISO 3166-1 alpha-2 code
 */
public record Jurisdiction(String alpha2) implements Comparable<Jurisdiction> {

    /**
     * Checks the code.
     *
     * @throws InvalidValueException if {@code alpha2} is not a known upper-case alpha-2 code
     */
    public Jurisdiction {
        Checks.required(alpha2, "Jurisdiction.alpha2");
        if (!IsoTable.BY_ALPHA2.containsKey(alpha2)) {
            throw new InvalidValueException("Jurisdiction.alpha2", "is not a known ISO 3166-1 alpha-2 code");
        }
    }

    /**
     * Returns the jurisdiction with the given ISO 3166-1 alpha-2 or alpha-3 code, in any case.
     *
     * @param code {@code "DE"}, {@code "deu"}, ...
     * @return the jurisdiction
     * @throws InvalidValueException if the code is not in ISO 3166-1
     */
    public static Jurisdiction of(String code) {
        Checks.required(code, "Jurisdiction.code");
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (upper.length() == 3) {
            String alpha2 = IsoTable.ALPHA3_TO_ALPHA2.get(upper);
            if (alpha2 == null) {
                throw new InvalidValueException("Jurisdiction.code", "is not a known ISO 3166-1 alpha-3 code");
            }
            return new Jurisdiction(alpha2);
        }
        if (upper.length() != 2) {
            throw new InvalidValueException("Jurisdiction.code", "is not a known code: it must be an ISO 3166-1 alpha-2 or alpha-3 code");
        }
        if (!IsoTable.BY_ALPHA2.containsKey(upper)) {
            throw new InvalidValueException("Jurisdiction.code", "is not a known ISO 3166-1 alpha-2 code");
        }
        return new Jurisdiction(upper);
    }

    /**
     * Whether a code is a known ISO 3166-1 alpha-2 or alpha-3 code.
     *
     * @param code the code, in any case; {@code null} gives {@code false}
     * @return {@code true} if {@link #of(String)} would accept it
     */
    public static boolean isKnown(String code) {
        if (code == null) {
            return false;
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        return IsoTable.BY_ALPHA2.containsKey(upper) || IsoTable.ALPHA3_TO_ALPHA2.containsKey(upper);
    }

    /** @return every known alpha-2 code, sorted */
    public static Set<String> knownAlpha2Codes() {
        return IsoTable.SORTED_ALPHA2;
    }

    /** @return the ISO 3166-1 alpha-3 code */
    public String alpha3() {
        return IsoTable.BY_ALPHA2.get(alpha2)[1];
    }

    /** @return the English short name, e.g. {@code Germany} */
    public String englishName() {
        return IsoTable.BY_ALPHA2.get(alpha2)[2];
    }

    @Override
    public int compareTo(Jurisdiction other) {
        return alpha2.compareTo(other.alpha2);
    }

    /** @return the alpha-2 code */
    @Override
    public String toString() {
        return alpha2;
    }

    /** Loaded once from {@code iso3166-1.txt}: {@code alpha2;alpha3;name} per line. */
    private static final class IsoTable {
        static final Map<String, String[]> BY_ALPHA2 = new HashMap<>();
        static final Map<String, String> ALPHA3_TO_ALPHA2 = new HashMap<>();
        static final Set<String> SORTED_ALPHA2;

        static {
            try (InputStream in = Jurisdiction.class.getResourceAsStream("iso3166-1.txt")) {
                if (in == null) {
                    throw new IllegalStateException("iso3166-1.txt is missing from the mla-core jar");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] parts = line.split(";", 3);
                    BY_ALPHA2.put(parts[0], parts);
                    ALPHA3_TO_ALPHA2.put(parts[1], parts[0]);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SORTED_ALPHA2 = java.util.Collections.unmodifiableSet(new TreeSet<>(BY_ALPHA2.keySet()));
        }
    }
}
