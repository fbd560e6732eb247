package org.openmla.treaties.resolver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openmla.core.InvalidValueException;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.model.LegalBasisKind;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureFamily;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.rules.Assessment;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.Evaluation;
import org.openmla.core.rules.LegalBasisNote;
import org.openmla.core.rules.RulePackRegistry;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StateProfile;
import org.openmla.core.rules.Truth;
import org.openmla.core.internal.Checks;
import org.openmla.treaties.parties.BilateralTreaty;
import org.openmla.treaties.parties.Binding;
import org.openmla.treaties.parties.InstrumentParties;
import org.openmla.treaties.parties.PartyData;

/**
 * Decides the legal basis of requests between two States on a date from {@link PartyData}: which instruments bind
 * both (three-valued: the data may not tell), how they relate ({@link InstrumentRelationship}s such as UNTOC art.
 * 18(7)), which of their provisions are in play, and what a request's claimed legal basis is worth. It prepares the
 * engine's {@link Evaluation}: the packs, both States' profiles, and the assessments the system can answer from data
 * ({@code MLA_TREATY_BINDS}, {@code AGREED_TO_APPLY_CONVENTION_PROVISIONS}), attributed to
 * {@value RelationshipContext#SYSTEM}.
 *
 * <p>For a request it also says, measure by measure, which instruments govern ({@link LegalBasisCheck#governing()}): an
 * instrument that applies and provides for the measure, unless another replaces its corresponding provisions for that
 * measure (EIO art. 34(1): a search between two States bound by the EIO is governed by the EIO, a joint investigation
 * team by ETS 30 and the 2000 Convention). Legal-basis notes, each with its citation, say why, and say loudly when a
 * governing instrument has no registered pack. It fails closed: where a treaty with no registered pack takes the place
 * of the claimed convention's paragraphs (UNTOC art. 18(7), UNCAC art. 46(7)) and no pack evaluates it,
 * {@link #prepare} prepares no evaluation ({@link PreparedEvaluation#blocked()}).
 *
 * <pre>{@code
 * LegalBasisResolver resolver = BuiltInPacks.resolver();
 * PreparedEvaluation prepared = resolver.prepare(request, LocalDate.of(2026, 3, 1), hostAssessments);
 * prepared.check().deficiencies();            // a claimed instrument the States are not both bound by
 * prepared.evaluation().map(engine::evaluate); // the decision, with UNTOC 18(9)-(29) switched off by a bilateral MLAT
 * }</pre>
 *
 * <p>Immutable and thread-safe; build with {@link #builder(PartyData, RulePackRegistry)}.
 */
public final class LegalBasisResolver {

    private final PartyData partyData;
    private final RulePackRegistry registry;
    private final List<InstrumentRelationship> relationships;

    private LegalBasisResolver(Builder b) {
        this.partyData = b.partyData;
        this.registry = b.registry;
        this.relationships = List.copyOf(b.relationships);
    }

    /**
     * Starts a resolver.
     *
     * @param partyData who is bound by what
     * @param registry the packs available, so that only registered packs are put in an evaluation
     * @return the builder
     */
    public static Builder builder(PartyData partyData, RulePackRegistry registry) {
        return new Builder(Checks.required(partyData, "partyData"), Checks.required(registry, "registry"));
    }

    /** @return the party data */
    public PartyData partyData() {
        return partyData;
    }

    /** @return the relationships, in the order they are applied */
    public List<InstrumentRelationship> relationships() {
        return relationships;
    }

    /** @return a resolver like this one over other party data, e.g. with a host's overrides */
    public LegalBasisResolver withPartyData(PartyData other) {
        Builder b = new Builder(Checks.required(other, "other"), registry);
        b.relationships.addAll(relationships);
        return b.build();
    }

    /**
     * Resolves the instruments that govern requests from one State to another on a date.
     *
     * @param requesting the requesting State
     * @param requested the requested State
     * @param date the date whose law applies
     * @return the resolution
     */
    public LegalBasisResolution resolve(Jurisdiction requesting, Jurisdiction requested, LocalDate date) {
        Checks.required(requesting, "requesting");
        Checks.required(requested, "requested");
        Checks.required(date, "date");
        if (requesting.equals(requested)) {
            throw new InvalidValueException("requested", "must differ from the requesting State (" + requested + ")");
        }
        List<InstrumentStatus> statuses = new ArrayList<>();
        for (InstrumentParties ip : partyData.instruments()) {
            if (ip.membership()) {
                continue;
            }
            statuses.add(new InstrumentStatus(ip.id(), ip.instrument().title(), false, ip.mlaTreaty(), ip.binding(requesting, date),
                    ip.binding(requested, date)));
        }
        for (BilateralTreaty t : partyData.bilateralTreaties()) {
            if (!t.between(requesting, requested)) {
                continue;
            }
            Binding b = bilateralBinding(t, date);
            statuses.add(new InstrumentStatus(t.id(), t.title(), true, t.mlaTreaty(), b, b));
        }
        RelationshipContext ctx = new RelationshipContext(requesting, requested, date, statuses,
                partyData.bilateralTreaties(requesting, requested, date), partyData);

        List<RelationshipFinding> findings = new ArrayList<>();
        List<SystemAssessment> assessments = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (InstrumentRelationship r : relationships) {
            RelationshipResult result = r.apply(ctx);
            findings.addAll(result.findings());
            for (Assessment a : result.assessments()) {
                SystemAssessment sa = new SystemAssessment(r.id(), r.concerns(), a);
                for (SystemAssessment earlier : assessments) {
                    boolean overlap = earlier.concerns().isEmpty() || sa.concerns().isEmpty()
                            || earlier.concerns().stream().anyMatch(sa.concerns()::contains);
                    if (overlap && earlier.key().equals(sa.key()) && earlier.assessment().value() != a.value()) {
                        notes.add("relationships " + earlier.relationshipId() + " and " + r.id() + " disagree on " + a.key()
                                + "; it is left for the host to assess");
                    }
                }
                assessments.add(sa);
            }
        }

        Set<String> superseded = new HashSet<>();
        findings.stream().filter(f -> f.effect() == RelationshipFinding.Effect.SUPERSEDED && !f.partial()).forEach(f -> superseded.add(f.instrumentId()));
        List<ApplicableInstrument> applicable = new ArrayList<>();
        List<String> uncertain = new ArrayList<>();
        for (InstrumentStatus s : statuses) {
            Truth both = s.bothBound();
            if (both.isUnknown()) {
                uncertain.add(s.instrumentId());
                notes.add(s.instrumentId() + ": " + explainBoth(s));
            }
            if (!both.isTrue() || superseded.contains(s.instrumentId())) {
                continue;
            }
            applicable.add(new ApplicableInstrument(s.instrumentId(), s.title(), packFor(s), precedence(s),
                    findings.stream().filter(f -> f.instrumentId().equals(s.instrumentId())).toList()));
        }
        applicable.sort(Comparator.comparing(ApplicableInstrument::precedence));
        List<String> ids = applicable.stream().map(ApplicableInstrument::instrumentId).toList();
        StateProfile requestingProfile = partyData.stateProfile(requesting, date, ids);
        StateProfile requestedProfile = partyData.stateProfile(requested, date, ids);
        return new LegalBasisResolution(requesting, requested, date, statuses, applicable, uncertain, findings, assessments,
                requestingProfile, requestedProfile, notes, partyData.provenance());
    }

    /**
     * Checks the legal basis a request claims against the instruments that bind the two States on the date.
     *
     * @param request the request
     * @param date the date whose law applies
     * @return the check
     */
    public LegalBasisCheck check(MlaRequest request, LocalDate date) {
        Checks.required(request, "request");
        return check(request, resolve(request.requestingState(), request.requestedState(), date));
    }

    private LegalBasisCheck check(MlaRequest request, LegalBasisResolution res) {
        List<String> governing = governing(request, res);
        List<String> suggestions = governing.isEmpty() ? res.applicable().stream().map(ApplicableInstrument::instrumentId).toList() : governing;
        List<LegalBasisFinding> out = new ArrayList<>();
        if (request.legalBasis().isEmpty()) {
            out.add(new LegalBasisFinding(Optional.empty(), LegalBasisFinding.Status.NONE_CLAIMED, Optional.empty(),
                    "the request claims no legal basis" + (suggestions.isEmpty() ? "; no instrument in the party data applies between "
                            + res.requesting() + " and " + res.requested() + " on " + res.date() : "; " + String.join(", ", suggestions)
                            + " appl" + (suggestions.size() == 1 ? "ies" : "y") + " between " + res.requesting() + " and " + res.requested()
                            + " on " + res.date()), suggestions));
        }
        for (LegalBasis basis : request.legalBasis()) {
            out.add(claim(basis, request, res, suggestions));
        }
        return new LegalBasisCheck(request.id(), res.date(), out, suggestions, governing, notes(request, res, governing));
    }

    /**
     * The instruments that govern the request's measures between the two States on the date, strongest first: those that
     * apply, provide for at least one of the measures ({@link InstrumentParties#provides}), and are not replaced for it
     * by another (a supersession of the corresponding provisions only, such as EIO art. 34(1), leaves the measures it
     * does not cover to the older instrument and does not give them to the newer one).
     */
    private List<String> governing(MlaRequest request, LegalBasisResolution res) {
        Set<String> out = new LinkedHashSet<>();
        for (ApplicableInstrument a : res.applicable()) {
            for (Measure m : request.measures()) {
                if (governs(a.instrumentId(), m.type(), res)) {
                    out.add(a.instrumentId());
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    private boolean governs(String instrumentId, MeasureType type, LegalBasisResolution res) {
        if (!res.applies(instrumentId) || !provides(instrumentId, type)) {
            return false;
        }
        for (RelationshipFinding f : res.relationships()) {
            if (f.instrumentId().equals(instrumentId) && f.supersedesFor(type)) {
                return false;
            }
            if (f.partial() && f.byInstruments().contains(instrumentId) && f.retainedMeasures().contains(type)) {
                return false;
            }
        }
        return true;
    }

    private boolean provides(String instrumentId, MeasureType type) {
        return partyData.instrument(instrumentId).map(ip -> ip.provides(type))
                .orElse(type.family() != MeasureFamily.SURRENDER);
    }

    private List<LegalBasisNote> notes(MlaRequest request, LegalBasisResolution res, List<String> governing) {
        List<LegalBasisNote> notes = new ArrayList<>();
        Set<MeasureType> types = new TreeSet<>();
        request.measures().forEach(m -> types.add(m.type()));
        for (RelationshipFinding f : res.relationships()) {
            if (f.partial() && res.applies(f.instrumentId())) {
                List<MeasureType> kept = types.stream().filter(f.retainedMeasures()::contains).toList();
                List<MeasureType> replaced = types.stream().filter(f::supersedesFor).toList();
                String by = String.join(", ", f.byInstruments());
                if (!kept.isEmpty()) {
                    notes.add(new LegalBasisNote(f.instrumentId(), f.instrumentId() + " governs " + kept + " between "
                            + res.requesting() + " and " + res.requested() + " on " + res.date() + ": " + by + " replaces only its corresponding "
                            + "provisions and does not cover these measures (" + f.explanation() + ")", List.of(f.citation())));
                }
                if (!replaced.isEmpty()) {
                    notes.add(new LegalBasisNote(f.instrumentId(), by + " replaces the corresponding provisions of "
                            + f.instrumentId() + " for " + replaced + " between " + res.requesting() + " and " + res.requested() + " on " + res.date(),
                            List.of(f.citation())));
                }
            }
            if (f.effect() == RelationshipFinding.Effect.NOT_APPLICABLE_BETWEEN) {
                notes.add(new LegalBasisNote(f.instrumentId(), f.explanation(), List.of(f.citation())));
            }
        }
        for (String id : governing) {
            ApplicableInstrument a = res.applicable(id).orElseThrow();
            if (a.packId().isEmpty()) {
                notes.add(new LegalBasisNote(id, "NOT EVALUATED: " + id + " governs the request between " + res.requesting()
                        + " and " + res.requested() + " on " + res.date() + ", but no rule pack for it ("
                        + declaredPack(id).orElse(id) + ") is registered; nothing in a decision speaks for it", citationsOf(id)));
            }
        }
        return List.copyOf(notes);
    }

    private Optional<String> declaredPack(String instrumentId) {
        Optional<String> bilateral = partyData.bilateralTreaty(instrumentId).flatMap(BilateralTreaty::effectivePackId);
        return bilateral.isPresent() ? bilateral : partyData.instrument(instrumentId).map(InstrumentParties::effectivePackId);
    }

    private List<Citation> citationsOf(String instrumentId) {
        return partyData.instrument(instrumentId).flatMap(InstrumentParties::basisCitation).map(List::of).orElse(List.of());
    }

    private LegalBasisFinding claim(LegalBasis basis, MlaRequest request, LegalBasisResolution res, List<String> suggestions) {
        if (basis.kind() != LegalBasisKind.TREATY) {
            return new LegalBasisFinding(Optional.of(basis), LegalBasisFinding.Status.NOT_CHECKED, Optional.empty(),
                    basis.kind() + " is not a treaty; whether the requested State assists on that basis is for its own law", suggestions);
        }
        String id = basis.instrument().orElseThrow();
        Optional<InstrumentStatus> status = res.status(id);
        Optional<InstrumentParties> ip = partyData.instrument(id);
        Optional<Citation> cite = ip.flatMap(InstrumentParties::basisCitation);
        if (ip.isPresent() && !ip.get().binding()) {
            return new LegalBasisFinding(Optional.of(basis), LegalBasisFinding.Status.NOT_A_BINDING_INSTRUMENT, cite,
                    id + " is a model for treaties and binds no State; cite the treaty made on it, or an instrument that applies"
                            + suggestionText(suggestions), suggestions);
        }
        if (status.isEmpty()) {
            return new LegalBasisFinding(Optional.of(basis), LegalBasisFinding.Status.UNCERTAIN, Optional.empty(),
                    "there is no party data for " + id + ", so whether " + res.requesting() + " and " + res.requested()
                            + " are both bound by it on " + res.date() + " cannot be checked", suggestions);
        }
        InstrumentStatus s = status.get();
        Truth both = s.bothBound();
        if (both.isFalse()) {
            Optional<RelationshipFinding> notBetween = res.relationships(id).stream()
                    .filter(f -> f.effect() == RelationshipFinding.Effect.NOT_APPLICABLE_BETWEEN).findFirst();
            if (notBetween.isPresent()) {
                return new LegalBasisFinding(Optional.of(basis), LegalBasisFinding.Status.NOT_BOTH_BOUND, Optional.of(notBetween.get().citation()),
                        notBetween.get().explanation() + "; " + explainBoth(s) + suggestionText(suggestions), suggestions);
            }
            return new LegalBasisFinding(Optional.of(basis), LegalBasisFinding.Status.NOT_BOTH_BOUND, cite,
                    id + " does not bind both States on " + res.date() + ": " + explainBoth(s) + suggestionText(suggestions), suggestions);
        }
        if (both.isUnknown()) {
            return new LegalBasisFinding(Optional.of(basis), LegalBasisFinding.Status.UNCERTAIN, cite, explainBoth(s), suggestions);
        }
        List<RelationshipFinding> about = res.relationships(id);
        Optional<RelationshipFinding> superseding = about.stream().filter(f -> f.effect() == RelationshipFinding.Effect.SUPERSEDED && !f.partial())
                .findFirst();
        if (superseding.isPresent()) {
            return new LegalBasisFinding(Optional.of(basis), LegalBasisFinding.Status.SUPERSEDED, Optional.of(superseding.get().citation()),
                    superseding.get().explanation(), superseding.get().byInstruments());
        }
        List<MeasureType> types = request.measures().stream().map(Measure::type).distinct().toList();
        List<MeasureType> outside = types.stream().filter(t -> !governs(id, t, res)).toList();
        Optional<RelationshipFinding> partial = about.stream().filter(RelationshipFinding::partial).findFirst();
        if (!types.isEmpty() && outside.size() == types.size()) {
            if (partial.isPresent() && types.stream().allMatch(t -> partial.get().supersedesFor(t)
                    && partial.get().byInstruments().stream().anyMatch(by -> provides(by, t)))) {
                RelationshipFinding f = partial.get();
                return new LegalBasisFinding(Optional.of(basis), LegalBasisFinding.Status.SUPERSEDED, Optional.of(f.citation()),
                        String.join(", ", f.byInstruments()) + " replaces the corresponding provisions of " + id + " for " + types + " between "
                                + res.requesting() + " and " + res.requested() + " on " + res.date() + ": " + f.explanation() + suggestionText(suggestions),
                        suggestions);
            }
            return new LegalBasisFinding(Optional.of(basis), LegalBasisFinding.Status.OUTSIDE_SCOPE, cite.or(() -> scopeCitation(id, res)),
                    id + " binds both States on " + res.date() + " but does not govern " + types + between(id, res) + suggestionText(suggestions),
                    suggestions);
        }
        StringBuilder text = new StringBuilder(id).append(" binds both States on ").append(res.date()).append(": ").append(explainBoth(s));
        about.stream().filter(f -> !f.partial()).forEach(f -> text.append("; ").append(f.explanation()));
        if (!outside.isEmpty()) {
            text.append("; but it does not govern ").append(outside).append(between(id, res)).append(suggestionText(suggestions));
            return new LegalBasisFinding(Optional.of(basis), partial.isPresent() ? LegalBasisFinding.Status.PARTLY_SUPERSEDED
                    : LegalBasisFinding.Status.OUTSIDE_SCOPE, partial.map(RelationshipFinding::citation).or(() -> cite), text.toString(), suggestions);
        }
        partial.ifPresent(f -> text.append("; ").append(String.join(", ", f.byInstruments())).append(" replaces only its corresponding provisions, and ")
                .append(types).append(" stay under ").append(id).append(" (").append(f.citation()).append(")"));
        return new LegalBasisFinding(Optional.of(basis), LegalBasisFinding.Status.VALID, cite, text.toString(), suggestions);
    }

    /** Why an instrument does not govern some measures: the supersession that keeps them from it, or its limited scope. */
    private static String between(String id, LegalBasisResolution res) {
        for (RelationshipFinding f : res.relationships()) {
            if (f.partial() && (f.instrumentId().equals(id) || f.byInstruments().contains(id))) {
                return " (" + f.explanation() + ")";
            }
        }
        return " (the instrument provides for other measures only)";
    }

    private static Optional<Citation> scopeCitation(String id, LegalBasisResolution res) {
        return res.relationships().stream().filter(f -> f.partial() && f.byInstruments().contains(id)).map(RelationshipFinding::citation).findFirst();
    }

    /**
     * Prepares a request for the engine: resolves the legal basis, checks the claimed one, and builds the evaluation.
     *
     * <p>The packs are those of the claimed instruments found valid, plus the packs of the treaties that displace some of
     * their provisions (e.g. a bilateral MLAT's pack, when one is registered, where UNTOC art. 18(7) gives way to it);
     * when no claim is valid, the packs of every applicable instrument. The host's assessments are kept as given; the
     * system's assessments are added only for keys the host did not assess for the whole request, so a host can always
     * overrule the data (e.g. an ad hoc agreement to apply UNTOC art. 18(9)-(29)). Only assessments the chosen packs ask go
     * into the evaluation (the engine refuses any other): one meant for an instrument not chosen is set aside.
     *
     * @param request the request
     * @param date the date whose law applies
     * @param hostAssessments the host's assessments
     * @return the prepared evaluation
     * @throws InvalidValueException if a host assessment's key is asked by no registered pack (most often a misspelling)
     */
    public PreparedEvaluation prepare(MlaRequest request, LocalDate date, List<Assessment> hostAssessments) {
        Checks.required(request, "request");
        List<Assessment> host = Checks.list(hostAssessments, "hostAssessments");
        LegalBasisResolution res = resolve(request.requestingState(), request.requestedState(), date);
        LegalBasisCheck check = check(request, res);
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
                            + "but no rule pack for it (" + declaredPack(id).orElse(id) + ") is registered", citationsOf(id)));
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
        Set<String> asked = AskedAssessments.askedBy(registry, packs);
        b.assessments(AskedAssessments.keep(registry, asked, host));
        Set<String> hostKeys = new HashSet<>();
        host.stream().filter(a -> a.measureIndex().isEmpty()).forEach(a -> hostKeys.add(a.key()));
        Set<String> evaluated = new LinkedHashSet<>();
        res.applicable().stream().filter(a -> a.packId().map(packs::contains).orElse(false)).forEach(a -> evaluated.add(a.instrumentId()));
        res.systemAssessmentsFor(evaluated).stream().filter(a -> !hostKeys.contains(a.key()) && asked.contains(a.key())).forEach(b::assessment);
        return new PreparedEvaluation(res, check, Optional.of(b.build()), notes);
    }

    /**
     * Whether a pack with this id is registered with the resolver's registry.
     *
     * @param packId the pack id
     * @return whether the engine can evaluate it
     */
    public boolean isRegistered(String packId) {
        return registry.find(Checks.required(packId, "packId")).isPresent();
    }

    private Optional<String> packFor(InstrumentStatus s) {
        Optional<String> candidate = s.bilateral()
                ? partyData.bilateralTreaty(s.instrumentId()).flatMap(BilateralTreaty::effectivePackId)
                : partyData.instrument(s.instrumentId()).map(InstrumentParties::effectivePackId);
        return candidate.filter(id -> registry.find(id).isPresent());
    }

    private static Precedence precedence(InstrumentStatus s) {
        if (s.bilateral()) {
            return Precedence.BILATERAL_TREATY;
        }
        return s.mlaTreaty() ? Precedence.MULTILATERAL_MLA_TREATY : Precedence.CONVENTION;
    }

    private static Binding bilateralBinding(BilateralTreaty t, LocalDate date) {
        boolean binds = t.bindsOn(date).isTrue();
        String text = binds ? t.id() + " binds " + t.states().get(0) + " and " + t.states().get(1) + " since " + t.inForce()
                : date.isBefore(t.inForce()) ? t.id() + " enters into force only on " + t.inForce()
                : t.id() + " ceased to bind after " + t.until().map(LocalDate::toString).orElse("?");
        return new Binding(Truth.of(binds), text);
    }

    private static String explainBoth(InstrumentStatus s) {
        if (s.bilateral()) {
            return s.requesting().explanation();
        }
        return s.requesting().explanation() + "; " + s.requested().explanation();
    }

    private static String suggestionText(List<String> suggestions) {
        return suggestions.isEmpty() ? "; no instrument in the party data applies between them on that date"
                : "; what applies: " + String.join(", ", suggestions);
    }

    @Override
    public String toString() {
        return "LegalBasisResolver[" + partyData + ", relationships=" + relationships.stream().map(InstrumentRelationship::id).toList() + "]";
    }

    /** Builds a {@link LegalBasisResolver}. Not thread-safe. */
    public static final class Builder {
        private final PartyData partyData;
        private final RulePackRegistry registry;
        private final List<InstrumentRelationship> relationships = new ArrayList<>();

        private Builder(PartyData partyData, RulePackRegistry registry) {
            this.partyData = partyData;
            this.registry = registry;
        }

        /** Adds a relationship; they are applied in the order added. @return this builder */
        public Builder relationship(InstrumentRelationship relationship) {
            Checks.required(relationship, "relationship");
            if (relationships.stream().anyMatch(r -> r.id().equals(relationship.id()))) {
                throw new InvalidValueException("relationship", "id " + relationship.id() + " is used twice");
            }
            relationships.add(relationship);
            return this;
        }

        /** Adds relationships. @return this builder */
        public Builder relationships(List<? extends InstrumentRelationship> more) {
            Checks.list(List.copyOf(more), "relationships").forEach(this::relationship);
            return this;
        }

        /** @return the resolver */
        public LegalBasisResolver build() {
            return new LegalBasisResolver(this);
        }
    }
}
