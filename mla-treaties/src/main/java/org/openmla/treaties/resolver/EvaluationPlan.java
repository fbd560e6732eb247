package org.openmla.treaties.resolver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.engine.Assessment;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.decision.LegalBasisNote;
import org.openmla.core.engine.ProposedRefusal;
import org.openmla.core.rules.RulePackException;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.StateProfile;

/**
 * The pack-choice policy: how a host turns a request and an officer's input into the engine's {@link Evaluation} — the
 * packs to apply, both States' profiles and the assessments the party data answers — with the check of the request's
 * claimed legal basis. The command-line workbench and the case-system example use it; a host can use it as it is.
 *
 * <pre>{@code
 * EvaluationPlan plan = EvaluationPlan.prepare(BuiltInPacks.resolver(), BuiltInPacks.discoveredRegistry(), request, lawDate,
 *         assessments, List.of(), List.of(), Map.of());
 * plan.legalBasisNotes();                 // which instrument governs which measures, and anything not evaluated
 * plan.evaluation().map(engine::evaluate); // empty when nothing can be evaluated; the notes say why
 * }</pre>
 *
 * <p>The {@link LegalBasisResolver} decides first: the packs of the claimed instruments both States are bound by (and
 * of treaties that displace some of their provisions), or, when no claim holds, of the instruments that govern the
 * request's measures ({@link LegalBasisCheck#governing()}).
 * Where the party data cannot tell whether a claimed instrument binds both States (no data for it: status
 * {@code UNCERTAIN}), its pack is applied as claimed and {@link #notes()} says so, rather than evaluating the request
 * under an instrument it does not invoke. Where nothing binds both States, the claimed instruments' packs are applied
 * all the same, so that the decision gives their reasons (e.g. not in force). Packs named explicitly replace all of
 * this. The host's assessments always
 * win over the assessments the resolver supplies from data (such as {@code MLA_TREATY_BINDS}).
 *
 * <p>Fails closed: where the resolver found that a treaty with no registered pack governs the request in place of the
 * claimed instrument's provisions ({@link PreparedEvaluation#blocked()}), no pack is applied as claimed either, and the
 * evaluation is empty; unless packs are named explicitly, which is the caller's own decision.
 *
 * <p>A value; {@link #prepare} is a pure function of its arguments. The evaluation is empty when no registered pack
 * applies; {@link #notes()} and {@link #check()} say why.
 *
 * @param evaluation the evaluation to give the engine, if a pack applies
 * @param check the check of the claimed legal basis
 * @param notes what a reader should know about how the packs were chosen, in words
 * @param legalBasisNotes the resolver's legal-basis notes, with their citations ({@link PreparedEvaluation#notes()})
 */
public record EvaluationPlan(Optional<Evaluation> evaluation, LegalBasisCheck check, List<String> notes, List<LegalBasisNote> legalBasisNotes) {

    /** @throws NullPointerException if a field is null */
    public EvaluationPlan {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(check, "check");
        notes = List.copyOf(notes);
        legalBasisNotes = List.copyOf(legalBasisNotes);
    }

    /**
     * Plans an evaluation.
     *
     * @param resolver the resolver over the host's party data and the registry the engine uses
     * @param registry the registry the engine uses
     * @param request the request
     * @param lawDate the date whose law applies
     * @param hostAssessments the officer's assessments
     * @param proposedRefusals the grounds the officer proposes to refuse on
     * @param packOverride packs to apply instead of those the legal basis gives; empty to let the legal basis decide
     * @param profileOverrides State profiles that replace those made from party data, by State
     * @return the plan
     * @throws RulePackException if an overriding pack is not registered
     * @throws org.openmla.core.InvalidValueException if an assessment or proposal does not fit the request
     */
    public static EvaluationPlan prepare(LegalBasisResolver resolver, RulePackRegistry registry, MlaRequest request, LocalDate lawDate,
            List<Assessment> hostAssessments, List<ProposedRefusal> proposedRefusals, List<String> packOverride,
            Map<Jurisdiction, StateProfile> profileOverrides) {
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(lawDate, "lawDate");
        PreparedEvaluation prepared = resolver.prepare(request, lawDate, List.copyOf(hostAssessments));
        LegalBasisCheck check = prepared.check();
        List<String> notes = new ArrayList<>();
        List<LegalBasisNote> lbNotes = prepared.notes();
        prepared.notes().forEach(n -> notes.add(n.reason()));
        Set<String> packs = new LinkedHashSet<>();
        if (packOverride.isEmpty() && prepared.blocked()) {
            return new EvaluationPlan(Optional.empty(), check, notes, lbNotes);
        }
        if (!packOverride.isEmpty()) {
            for (String id : packOverride) {
                registry.get(id);
                packs.add(id);
            }
            notes.add("packs named explicitly: " + String.join(", ", packs));
        } else {
            List<String> resolved = prepared.evaluation().map(e -> e.packs().stream().map(Evaluation.PackSelector::id).toList())
                    .orElse(List.of());
            if (!check.validClaims().isEmpty()) {
                packs.addAll(resolved);
            }
            for (LegalBasisFinding f : check.findings()) {
                Optional<String> claimed = f.claimed().flatMap(c -> c.instrument());
                if (f.status() == LegalBasisFinding.Status.UNCERTAIN && claimed.isPresent() && registry.find(claimed.get()).isPresent()
                        && packs.add(claimed.get())) {
                    notes.add(claimed.get() + " is applied as the request claims it, although the party data cannot confirm that it binds "
                            + request.requestingState() + " and " + request.requestedState() + " on " + lawDate);
                }
            }
            if (packs.isEmpty()) {
                packs.addAll(resolved);
                if (!resolved.isEmpty()) {
                    notes.add("no claimed legal basis holds; applying what binds both States: " + String.join(", ", resolved));
                }
            }
            if (packs.isEmpty()) {
                // Nothing binds both States: let the claimed instruments' own packs say why (not in force, out of scope).
                for (LegalBasisFinding f : check.findings()) {
                    f.claimed().flatMap(c -> c.instrument()).filter(id -> registry.find(id).isPresent()).ifPresent(packs::add);
                }
                if (!packs.isEmpty()) {
                    notes.add("nothing in the party data binds both States; applying the claimed " + String.join(", ", packs)
                            + " so that the decision says what " + (packs.size() == 1 ? "its pack says" : "their packs say"));
                }
            }
        }
        if (packs.isEmpty()) {
            notes.add("no registered rule pack applies between " + request.requestingState() + " and " + request.requestedState() + " on "
                    + lawDate);
            return new EvaluationPlan(Optional.empty(), check, notes, lbNotes);
        }
        Evaluation.Builder b;
        List<String> preparedPacks = prepared.evaluation().map(e -> e.packs().stream().map(Evaluation.PackSelector::id).toList()).orElse(List.of());
        if (preparedPacks.equals(List.copyOf(packs))) {
            b = prepared.evaluation().get().toBuilder();
        } else {
            LegalBasisResolution res = prepared.resolution();
            b = Evaluation.of(request).lawDate(lawDate).requestingState(res.requestingProfile()).requestedState(res.requestedProfile());
            packs.forEach(b::pack);
            Set<String> asked = AskedAssessments.askedBy(registry, packs);
            b.assessments(AskedAssessments.keep(registry, asked, List.copyOf(hostAssessments)));
            Set<String> instruments = new LinkedHashSet<>(packs);
            res.applicable().stream().filter(a -> a.packId().map(packs::contains).orElse(false)).forEach(a -> instruments.add(a.instrumentId()));
            Set<String> hostKeys = new HashSet<>();
            hostAssessments.stream().filter(a -> a.measureIndex().isEmpty()).forEach(a -> hostKeys.add(a.key()));
            res.systemAssessmentsFor(instruments).stream().filter(a -> !hostKeys.contains(a.key()) && asked.contains(a.key())).forEach(b::assessment);
        }
        Optional.ofNullable(profileOverrides.get(request.requestingState())).ifPresent(b::requestingState);
        Optional.ofNullable(profileOverrides.get(request.requestedState())).ifPresent(b::requestedState);
        proposedRefusals.forEach(b::proposeRefusal);
        return new EvaluationPlan(Optional.of(b.build()), check, notes, lbNotes);
    }
}
