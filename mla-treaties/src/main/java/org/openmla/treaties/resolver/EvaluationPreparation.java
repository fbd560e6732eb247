package org.openmla.treaties.resolver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.engine.Assessment;
import org.openmla.core.engine.Evaluation;
import java.util.function.Function;
import org.openmla.core.decision.LegalBasisNote;
import org.openmla.core.internal.FrozenList;
import org.openmla.core.rules.StandardAssessments;

/**
 * Builds the engine's {@link Evaluation} for a request once its legal basis is resolved and checked: which packs to run
 * (the valid claims, else what governs), the treaties that take the place of displaced provisions, the fail-closed stop
 * when such a treaty has no registered pack, and the system's assessments where the host gave none. The choice of packs
 * ({@link #choose}) depends on the request only through its claims and measure types and on the host only through
 * {@link #hostKeepsParagraphs}, so the resolver makes it once per such shape; {@link #prepare} then builds each request's
 * evaluation from it. Stateless; package-private, called by {@link LegalBasisResolver#prepare}.
 */
final class EvaluationPreparation {

    private EvaluationPreparation() {}

    /**
     * The packs chosen for a shape of request, with what the preparation says about them.
     *
     * @param notes the check's legal-basis notes and the preparation's own
     * @param packs the packs to apply, in order; empty when no evaluation is prepared
     * @param asked the assessment keys evaluations under those packs may carry
     * @param systemAssessments the system's assessments for the evaluated instruments that the packs ask, in order
     */
    record PackChoice(List<LegalBasisNote> notes, List<Evaluation.PackSelector> packs, Set<String> asked, List<Assessment> systemAssessments) {}

    /**
     * Whether the host keeps a convention's provisions that a treaty would displace: it assessed, for the whole request,
     * that the States agreed to apply them or that no MLA treaty binds them.
     */
    static boolean hostKeepsParagraphs(List<Assessment> host) {
        String agreed = StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS.id();
        String binds = StandardAssessments.MLA_TREATY_BINDS.id();
        for (int i = 0; i < host.size(); i++) {
            Assessment a = host.get(i);
            if (a.measureIndex().isEmpty() && (a.value() ? a.key().equals(agreed) : a.key().equals(binds))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Chooses the packs for a shape of request.
     *
     * @param askedBy the assessment keys evaluations under a list of packs may carry ({@link AskedAssessments#askedBy})
     */
    static PackChoice choose(LegalBasisResolution res, LegalBasisClaims.ClaimsCheck check, boolean hostKeepsParagraphs, LegalBasisClaims claims,
            Function<List<String>, Set<String>> askedBy) {
        List<LegalBasisNote> notes = new ArrayList<>(check.notes());
        Set<String> instruments = new LinkedHashSet<>();
        for (String id : check.validClaims()) {
            if (res.applies(id)) {
                instruments.add(id);
            }
        }
        if (instruments.isEmpty()) {
            if (check.governing().isEmpty()) {
                res.applicable().forEach(a -> instruments.add(a.instrumentId()));
            } else {
                instruments.addAll(check.governing());
            }
        }
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
                        return new PackChoice(List.copyOf(notes), List.of(), Set.of(), List.of());
                    }
                    notes.add(new LegalBasisNote(id, "NOT EVALUATED: " + String.join(", ", without) + " also bind"
                            + (without.size() == 1 ? "s" : "") + " both States and take" + (without.size() == 1 ? "s" : "") + " the place of "
                            + displaced.trim() + " (" + f.citation() + "), but no rule pack for " + String.join(", ", without)
                            + " is registered; only " + String.join(", ", withPack) + " is evaluated in its place", List.of(f.citation())));
                }
            }
        }
        if (packs.isEmpty()) {
            return new PackChoice(List.copyOf(notes), List.of(), Set.of(), List.of());
        }
        List<Evaluation.PackSelector> selectors = new ArrayList<>(packs.size());
        packs.forEach(id -> selectors.add(new Evaluation.PackSelector(id, Optional.empty())));
        // Only what the chosen packs ask: the engine refuses any other key (AskedAssessments).
        Set<String> asked = askedBy.apply(List.copyOf(packs));
        Set<String> evaluated = new LinkedHashSet<>();
        for (ApplicableInstrument a : res.applicable()) {
            if (a.packId().isPresent() && packs.contains(a.packId().get())) {
                evaluated.add(a.instrumentId());
            }
        }
        List<Assessment> system = new ArrayList<>();
        for (Assessment a : res.systemAssessmentsFor(evaluated)) {
            if (asked.contains(a.key())) {
                system.add(a);
            }
        }
        return new PackChoice(List.copyOf(notes), List.copyOf(selectors), asked, List.copyOf(system));
    }

    /**
     * Builds a request's evaluation from the packs chosen for its shape: the host's assessments the packs ask, in the
     * host's order, then the system's for the keys the host did not assess for the whole request.
     *
     * @param known the keys any registered pack asks, to refuse a misspelt host key
     * @throws org.openmla.core.InvalidValueException if a host assessment's key is asked by no registered pack
     */
    static PreparedEvaluation prepare(MlaRequest request, LocalDate date, List<Assessment> host, LegalBasisResolution res, LegalBasisCheck check,
            PackChoice choice, Set<String> known) {
        if (choice.packs().isEmpty()) {
            return new PreparedEvaluation(res, check, Optional.empty(), choice.notes());
        }
        List<Assessment> kept = AskedAssessments.keep(choice.asked(), known, host);
        List<Assessment> assessments = kept;
        ArrayList<Assessment> withSystem = null;
        List<Assessment> system = choice.systemAssessments();
        for (int i = 0; i < system.size(); i++) {
            Assessment sa = system.get(i);
            if (!assessedForRequest(host, sa.key())) {
                if (withSystem == null) {
                    withSystem = new ArrayList<>(kept.size() + choice.systemAssessments().size());
                    withSystem.addAll(kept);
                }
                withSystem.add(sa);
            }
        }
        if (withSystem != null) {
            assessments = FrozenList.of(withSystem);
        }
        Evaluation evaluation = new Evaluation(request, choice.packs(), date, res.requestedProfile(), res.requestingProfile(), assessments, List.of());
        return new PreparedEvaluation(res, check, Optional.of(evaluation), choice.notes());
    }

    private static boolean assessedForRequest(List<Assessment> host, String key) {
        for (int i = 0; i < host.size(); i++) {
            Assessment a = host.get(i);
            if (a.measureIndex().isEmpty() && a.key().equals(key)) {
                return true;
            }
        }
        return false;
    }
}
