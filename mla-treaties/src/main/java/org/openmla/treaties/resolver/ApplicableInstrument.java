package org.openmla.treaties.resolver;

import java.util.List;
import java.util.Optional;
import org.openmla.core.internal.Checks;

/**
 * An instrument that binds both States on the date and is not superseded between them, with the rule pack that
 * encodes it and what relationships say about its provisions.
 *
 * @param instrumentId the instrument or bilateral treaty id
 * @param title its title
 * @param packId the registered rule pack that encodes it, if any
 * @param precedence where it stands among the applicable instruments
 * @param relationships what relationships found about its provisions (e.g. UNTOC art. 18(9)-(29) displaced by a
 *     bilateral treaty), in the order the relationships were applied
 */
public record ApplicableInstrument(String instrumentId, String title, Optional<String> packId, Precedence precedence,
        List<RelationshipFinding> relationships) {

    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public ApplicableInstrument {
        Checks.required(instrumentId, "ApplicableInstrument.instrumentId");
        Checks.required(title, "ApplicableInstrument.title");
        Checks.optional(packId, "ApplicableInstrument.packId");
        Checks.required(precedence, "ApplicableInstrument.precedence");
        relationships = Checks.list(relationships, "ApplicableInstrument.relationships");
    }

    /** @return the findings that displace some of its provisions */
    public List<RelationshipFinding> displacedProvisions() {
        java.util.ArrayList<RelationshipFinding> displaced = null;
        for (int i = 0; i < relationships.size(); i++) {
            RelationshipFinding r = relationships.get(i);
            if (r.effect() == RelationshipFinding.Effect.PROVISIONS_DISPLACED) {
                if (displaced == null) {
                    displaced = new java.util.ArrayList<>(2);
                }
                displaced.add(r);
            }
        }
        return displaced == null ? List.of() : java.util.Collections.unmodifiableList(displaced);
    }
}
