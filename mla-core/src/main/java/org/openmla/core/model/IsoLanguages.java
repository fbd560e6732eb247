package org.openmla.core.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/** The ISO 639-1 codes {@link LanguageCode} accepts, loaded once from {@code iso639-1.txt} (one code per line). */
final class IsoLanguages {
    static final Set<String> CODES = load();

    private IsoLanguages() {}

    private static Set<String> load() {
        Set<String> codes = new TreeSet<>();
        try (InputStream in = IsoLanguages.class.getResourceAsStream("iso639-1.txt")) {
            if (in == null) {
                throw new IllegalStateException("iso639-1.txt is missing from the mla-core jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    codes.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(codes);
    }
}
