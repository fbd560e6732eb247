package org.openmla.treaties.parties;

import java.util.Optional;
import org.openmla.core.internal.Checks;

/**
 * A central authority a State designated to receive requests under an instrument (e.g. UNTOC art. 18(13)). Only the
 * institution's name is kept: never a person's name or contact details.
 *
 * @param name the institution, e.g. {@code Ministry in charge of Interior}
 * @param territory the region or territory it serves, where a State designated one for a territory with its own system
 * @param source where this comes from (a {@link Source#key()} or a short citation)
 */
public record CentralAuthority(String name, Optional<String> territory, String source) {

    /** @throws org.openmla.core.InvalidValueException if a field is null or blank */
    public CentralAuthority {
        Checks.text(name, "CentralAuthority.name", 300);
        Checks.optionalText(territory, "CentralAuthority.territory", 300);
        Checks.text(source, "CentralAuthority.source", 500);
    }
}
