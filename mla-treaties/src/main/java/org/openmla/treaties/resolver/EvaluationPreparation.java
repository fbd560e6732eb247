package org.openmla.treaties.resolver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.engine.Assessment;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.decision.LegalBasisNote;
import org.openmla.core.rules.StandardAssessments;

/**

/**
 * Builds the engine's {@link Evaluation} for a request once its legal basis is resolved and checked: which packs to run
 * (the valid claims, else what governs), the treaties that take the place of displaced provisions, the fail-closed stop
 * when such a treaty has no registered pack, and the system's assessments where the host gave none. Stateless;
 * package-private, called by {@link LegalBasisResolver#prepare}.
 */
final class EvaluationPreparation {

    private EvaluationPreparation() {}

    static PreparedEvaluation prepare(MlaRequest request, LocalDate date, List<Assessment> host, LegalBasisResolution res, LegalBasisCheck check,
            LegalBasisClaims claims, RulePackRegistry registry) {
        List<LegalBasisNote> notes = new ArrayList<>(check.notes());
        Set<String> instruments = new LinkedHashSet<>();
        for (String id : check.validClaims()) {
            if (res.applies(id)) {
                instruments.add(id);
            }
        }
        if (instruments.isEmpty()) {
            instruments.addAll(check.governing().isEmpty() ? res.applicable().stream().map(ApplicableInstrument::instrumentId).toList()
                    : check.governing());
        }
        boolean hostKeepsParagraphs = host.stream().anyMatch(a -> a.measureIndex().isEmpty()
                && (a.key().equals(StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS.id()) && a.value()
                        || a.key().equals(StandardAssessments.MLA_TREATY_BINDS.id()) && !a.value()));
        Set<String> packs = new LinkedHashSet<>();
        for (String id : List.copyOf(instruments)) {
            ApplicableInstrument a = res.applicable(id).orElseThrow();
            if (a.packId().isEmpty()) {
                if (check.validClaims().contains(id)) {
                    notes.add(new LegalBasisNote(id, "NOT EVALUATED: the request claims " + id + ", which binds both States, "
                            + "but no rule pack for it (" + claims.declaredPack(id).orElse(id) + ") is registered", claims.citationsOf(id)));
                }
                continue;
            }
            packs.add(a.packId().get());
            for (RelationshipFinding f : a.displacedProvisions()) {
                List<String> withPack = new ArrayList<>();
                List<String> without = new ArrayList<>();
                for (String by : f.byInstruments()) {
                    Optional<String> pack = res.applicable(by).flatMap(ApplicableInstrument::packId);
                    if (pack.isPresent()) {
                        withPack.add(by);
                        packs.add(pack.get());
                        instruments.add(by);
                    } else {
                        without.add(by);
                    }
                }
                if (!without.isEmpty() && !hostKeepsParagraphs) {
                    String displaced = id + " " + f.provisions().orElse("");
                    if (withPack.isEmpty()) {
                        notes.add(new LegalBasisNote(id, "NOT EVALUATED, FAIL CLOSED: " + String.join(", ", without)
                                + " bind" + (without.size() == 1 ? "s " : " ") + res.requesting() + " and " + res.requested() + " on " + res.date()
                                + " and displace" + (without.size() == 1 ? "s " : " ") + displaced.trim() + " (" + f.citation() + "), but no rule pack for "
                                + String.join(", ", without) + " is registered; a decision under " + id + " alone would rest on provisions that "
                                + "do not govern the request, so none is prepared. Register a pack for the treaty, or assess "
                                + "MLA_TREATY_BINDS yourself and name the packs to apply.", List.of(f.citation())));
                        return new PreparedEvaluation(res, check, Optional.empty(), notes);
                    }
                    notes.add(new LegalBasisNote(id, "NOT EVALUATED: " + String.join(", ", without) + " also bind"
                            + (without.size() == 1 ? "s" : "") + " both States and take" + (without.size() == 1 ? "s" : "") + " the place of "
                            + displaced.trim() + " (" + f.citation() + "), but no rule pack for " + String.join(", ", without)
                            + " is registered; only " + String.join(", ", withPack) + " is evaluated in its place", List.of(f.citation())));
                }
            }
        }
        if (packs.isEmpty()) {
            return new PreparedEvaluation(res, check, Optional.empty(), notes);
        }
        Evaluation.Builder b = Evaluation.of(request).lawDate(date).requestingState(res.requestingProfile()).requestedState(res.requestedProfile());
        packs.forEach(b::pack);
        // Only what the chosen packs ask: the engine refuses any other key (AskedAssessments).
        Set<String> asked = AskedAssessments.askedBy(registry, packs);
        b.assessments(AskedAssessments.keep(registry, asked, host));
        Set<String> hostKeys = new HashSet<>();
        host.stream().filter(a -> a.measureIndex().isEmpty()).forEach(a -> hostKeys.add(a.key()));
        Set<String> evaluated = new LinkedHashSet<>();
        res.applicable().stream().filter(a -> a.packId().map(packs::contains).orElse(false)).forEach(a -> evaluated.add(a.instrumentId()));
        res.systemAssessmentsFor(evaluated).stream().filter(a -> !hostKeys.contains(a.key()) && asked.contains(a.key())).forEach(b::assessment);
        return new PreparedEvaluation(res, check, Optional.of(b.build()), notes);
    }
}
