package org.openmla.core.rules;

import org.openmla.core.internal.Checks;

/**
 * A pack by id and version, as used by a decision.
 *
 * @param id the pack id
 * @param version the version
 */
public record PackRef(String id, String version) {
    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public PackRef {
        Checks.required(id, "PackRef.id");
        Checks.required(version, "PackRef.version");
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}
