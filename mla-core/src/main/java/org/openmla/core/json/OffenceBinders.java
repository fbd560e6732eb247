package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.openmla.core.model.Offence;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.Penalty;

/** Binds offences and penalties. */
final class OffenceBinders {
    static final List<String> OFFENCE = List.of("description", "statutoryProvision", "maxPenalty", "category", "legalPersonLiability");
    static final List<String> PENALTY = List.of("maxCustody", "lifeImprisonment", "deathPenalty", "otherSanctions");

    private OffenceBinders() {}

    static Optional<Offence> offence(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, Offence.class, OFFENCE).flatMap(o -> {
            Optional<String> description = o.optional("description", Scalars.TEXT);
            Optional<String> statutoryProvision = o.optional("statutoryProvision", Scalars.TEXT);
            Optional<Penalty> maxPenalty = o.optional("maxPenalty", OffenceBinders::penalty);
            Optional<OffenceCategory> category = o.optional("category", Scalars.enumValue(OffenceCategory.class));
            boolean legalPersonLiability = o.flag("legalPersonLiability");
            return o.build(() -> new Offence(description, statutoryProvision, maxPenalty, category, legalPersonLiability));
        });
    }

    static Optional<Penalty> penalty(JsonNode node, JsonPointer at, BindingContext context) {
        return ObjectBinding.open(node, at, context, Penalty.class, PENALTY).flatMap(o -> {
            Optional<Period> maxCustody = o.optional("maxCustody", Scalars.PERIOD_VALUE);
            boolean lifeImprisonment = o.flag("lifeImprisonment");
            boolean deathPenalty = o.flag("deathPenalty");
            List<String> otherSanctions = o.list("otherSanctions", Scalars.TEXT);
            return o.build(() -> new Penalty(maxCustody, lifeImprisonment, deathPenalty, otherSanctions));
        });
    }
}
