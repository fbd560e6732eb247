package org.openmla.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON Schemas shipped in the mla-core jar, beside {@link MlaJson}. */
final class Schemas {
    private Schemas() {}

    /** @return the text of the named schema resource */
    static String text(String name) {
        try (InputStream in = MlaJson.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the mla-core jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
