package org.openmla.testkit.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openmla.core.rules.Citation;

/**
 * One scenario of a scenario file, as written, not evaluated: for an index of the scenarios by provision, such as a
 * pack's documentation. Immutable; no field is null.
 *
 * @param file the file, relative to the scenario folder, e.g. {@code untoc/refusal-grounds.yaml}
 * @param name the scenario's name
 * @param description its description, if it has one
 * @param packs the ids of the packs it applies, in order (its own or the file's defaults)
 * @param provisions the provisions it says it exercises (its {@code provisions} property); empty if it names none
 */
public record ScenarioSummary(String file, String name, Optional<String> description, List<String> packs, List<Citation> provisions) {

    /** @throws NullPointerException if a field is null */
    public ScenarioSummary {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        packs = List.copyOf(packs);
        provisions = List.copyOf(provisions);
    }
}
