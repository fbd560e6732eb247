package org.openmla.treaties.parties;

import java.util.Optional;
import org.openmla.core.internal.Checks;

/**
 * Where party data comes from: a short key that parties cite, what the source is, and where to find it.
 *
 * @param key a short key, e.g. {@code UNTC-XVIII-12}; parties refer to it in their {@code source}
 * @param description the source in words, with the date it was consulted
 * @param url where it can be found, if it is on the web
 */
public record Source(String key, String description, Optional<String> url) {

    /** @throws org.openmla.core.InvalidValueException if a field is null or blank */
    public Source {
        Checks.text(key, "Source.key", 100);
        Checks.text(description, "Source.description", 2000);
        Checks.optionalText(url, "Source.url", 1000);
    }
}
