package org.openmla.treaties.resolver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openmla.core.InvalidValueException;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.engine.Assessment;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.StateProfile;
import org.openmla.core.rules.Truth;
import org.openmla.core.internal.Checks;
import org.openmla.core.internal.FrozenList;
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
 * <p>Immutable and thread-safe; build with {@link #builder(PartyData, RulePackRegistry)}. It keeps what it works out for a
 * pair of States on a date, and for each shape of request (its claimed bases and measure types) the check of the claims
 * and the packs chosen, in bounded memory (at most 128 pairs and dates, 16 shapes each), so that preparing requests
 * between the same States on the same date costs microseconds; a kept answer equals one worked out anew, since party
 * data, relationships and registry cannot change ({@link #withPartyData} makes a resolver that has kept nothing).
 */
public final class LegalBasisResolver {

    private static final Comparator<ApplicableInstrument> BY_PRECEDENCE = Comparator.comparing(ApplicableInstrument::precedence);

    private final PartyData partyData;
    private final RulePackRegistry registry;
    private final List<InstrumentRelationship> relationships;
    private final LegalBasisClaims claims;
    private final ResolvedPairs resolved = new ResolvedPairs();
    /** The assessment keys evaluations under a list of packs may carry, by list, found on first use. */
    private final java.util.concurrent.ConcurrentHashMap<List<String>, Set<String>> askedByPacks = new java.util.concurrent.ConcurrentHashMap<>();
    /** Whether a pack id is registered, by id, found on first use. */
    private final java.util.concurrent.ConcurrentHashMap<String, Boolean> registeredPacks = new java.util.concurrent.ConcurrentHashMap<>();
    /** The assessment keys some registered pack asks, found on first use. */
    private volatile Set<String> knownKeys;

    private LegalBasisResolver(Builder b) {
        this.partyData = b.partyData;
        this.registry = b.registry;
        this.relationships = List.copyOf(b.relationships);
        this.claims = new LegalBasisClaims(b.partyData);
    }

    /**
     * Starts a resolver.
     *
     * @param partyData who is bound by what
     * @param registry the packs available, so that only registered packs are put in an evaluation
     * @return the builder
     */
    public static Builder builder(PartyData partyData, RulePackRegistry registry) {
        return new Builder(Objects.requireNonNull(partyData, "partyData"), Objects.requireNonNull(registry, "registry"));
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
        Builder b = new Builder(Objects.requireNonNull(other, "other"), registry);
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
        return resolved(requesting, requested, date).resolution;
    }

    /** The resolution for the pair on the date, worked out once and kept ({@link ResolvedPairs}). */
    private ResolvedPairs.Resolved resolved(Jurisdiction requesting, Jurisdiction requested, LocalDate date) {
        Objects.requireNonNull(requesting, "requesting");
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(date, "date");
        if (requesting.equals(requested)) {
            throw new InvalidValueException("requested", "must differ from the requesting State (" + requested + ")");
        }
        ResolvedPairs.Resolved kept = resolved.get(requesting, requested, date);
        return kept != null ? kept : resolved.put(new ResolvedPairs.Pair(requesting, requested, date), workOut(requesting, requested, date));
    }

    /** The check and pack choices for the request's shape under a resolution, the check worked out once. */
    private ResolvedPairs.Shaped shaped(ResolvedPairs.Resolved r, MlaRequest request) {
        ResolvedPairs.Shaped kept = r.get(request);
        if (kept != null) {
            return kept;
        }
        ResolvedPairs.Shape shape = ResolvedPairs.shapeOf(request);
        return r.put(shape, claims.checkOf(shape.bases(), shape.types(), r.resolution));
    }

    private LegalBasisResolution workOut(Jurisdiction requesting, Jurisdiction requested, LocalDate date) {
        ArrayList<InstrumentStatus> statuses = new ArrayList<>(partyData.instruments().size() + 1);
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

        ArrayList<RelationshipFinding> findings = new ArrayList<>();
        ArrayList<SystemAssessment> assessments = new ArrayList<>();
        ArrayList<String> notes = new ArrayList<>();
        for (InstrumentRelationship r : relationships) {
            RelationshipResult result = r.apply(ctx);
            findings.addAll(result.findings());
            List<Assessment> made = result.assessments();
            for (int i = 0; i < made.size(); i++) {
                Assessment a = made.get(i);
                SystemAssessment sa = new SystemAssessment(r.id(), r.concerns(), a);
                for (int j = 0; j < assessments.size(); j++) {
                    SystemAssessment earlier = assessments.get(j);
                    if (earlier.key().equals(sa.key()) && earlier.assessment().value() != a.value()
                            && (sa.concerns().isEmpty() || earlier.concernsAny(sa.concerns()))) {
                        notes.add("relationships " + earlier.relationshipId() + " and " + r.id() + " disagree on " + a.key()
                                + "; it is left for the host to assess");
                    }
                }
                assessments.add(sa);
            }
        }

        ArrayList<ApplicableInstrument> applicable = new ArrayList<>();
        ArrayList<String> uncertain = new ArrayList<>(4);
        for (InstrumentStatus s : statuses) {
            Truth both = s.bothBound();
            if (both.isUnknown()) {
                uncertain.add(s.instrumentId());
                notes.add(LegalBasisClaims.explainBoth(s.instrumentId() + ": ", s));
            }
            if (!both.isTrue() || supersededWhole(findings, s.instrumentId())) {
                continue;
            }
            ArrayList<RelationshipFinding> about = new ArrayList<>(2);
            for (int j = 0; j < findings.size(); j++) {
                RelationshipFinding f = findings.get(j);
                if (f.instrumentId().equals(s.instrumentId())) {
                    about.add(f);
                }
            }
            applicable.add(new ApplicableInstrument(s.instrumentId(), s.title(), packFor(s), precedence(s), FrozenList.of(about)));
        }
        applicable.sort(BY_PRECEDENCE);
        List<String> ids = new ArrayList<>(applicable.size());
        for (ApplicableInstrument a : applicable) {
            ids.add(a.instrumentId());
        }
        StateProfile requestingProfile = partyData.stateProfile(requesting, date, ids);
        StateProfile requestedProfile = partyData.stateProfile(requested, date, ids);
        return new LegalBasisResolution(requesting, requested, date, FrozenList.of(statuses), FrozenList.of(applicable), FrozenList.of(uncertain),
                FrozenList.of(findings), FrozenList.of(assessments), requestingProfile, requestedProfile, FrozenList.of(notes),
                partyData.provenance());
    }

    /** @return whether a relationship found the instrument superseded for every measure */
    private static boolean supersededWhole(List<RelationshipFinding> findings, String instrumentId) {
        for (int i = 0; i < findings.size(); i++) {
            RelationshipFinding f = findings.get(i);
            if (f.effect() == RelationshipFinding.Effect.SUPERSEDED && !f.partial() && f.instrumentId().equals(instrumentId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks the legal basis a request claims against the instruments that bind the two States on the date.
     *
     * @param request the request
     * @param date the date whose law applies
     * @return the check
     */
    public LegalBasisCheck check(MlaRequest request, LocalDate date) {
        Objects.requireNonNull(request, "request");
        ResolvedPairs.Resolved r = resolved(request.requestingState(), request.requestedState(), date);
        return shaped(r, request).checkFor(request, r.resolution.date());
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
        Objects.requireNonNull(request, "request");
        List<Assessment> host = Checks.list(hostAssessments, "hostAssessments");
        ResolvedPairs.Resolved r = resolved(request.requestingState(), request.requestedState(), date);
        ResolvedPairs.Shaped shaped = shaped(r, request);
        LegalBasisResolution res = r.resolution;
        LegalBasisCheck check = shaped.checkFor(request, res.date());
        boolean keeps = EvaluationPreparation.hostKeepsParagraphs(host);
        EvaluationPreparation.PackChoice choice = keeps ? shaped.choiceKeepingParagraphs : shaped.choice;
        if (choice == null) {
            choice = EvaluationPreparation.choose(res, shaped.check, keeps, claims, this::askedBy);
            if (keeps) {
                shaped.choiceKeepingParagraphs = choice;
            } else {
                shaped.choice = choice;
            }
        }
        return EvaluationPreparation.prepare(request, date, host, res, check, choice, knownKeys());
    }

    private Set<String> askedBy(List<String> packIds) {
        Set<String> asked = askedByPacks.get(packIds);
        if (asked == null) {
            if (askedByPacks.size() >= ResolvedPairs.MAX_PAIRS) {
                askedByPacks.clear();
            }
            asked = AskedAssessments.askedBy(registry, packIds);
            askedByPacks.putIfAbsent(packIds, asked);
        }
        return asked;
    }

    private Set<String> knownKeys() {
        Set<String> known = knownKeys;
        if (known == null) {
            known = AskedAssessments.askedByAny(registry);
            knownKeys = known;
        }
        return known;
    }

    /**
     * Whether a pack with this id is registered with the resolver's registry.
     *
     * @param packId the pack id
     * @return whether the engine can evaluate it
     */
    public boolean isRegistered(String packId) {
        return registry.find(Objects.requireNonNull(packId, "packId")).isPresent();
    }

    private Optional<String> packFor(InstrumentStatus s) {
        Optional<String> candidate = s.bilateral()
                ? partyData.bilateralTreaty(s.instrumentId()).flatMap(BilateralTreaty::effectivePackId)
                : partyData.instrument(s.instrumentId()).map(InstrumentParties::effectivePackId);
        return candidate.isPresent() && registered(candidate.get()) ? candidate : Optional.empty();
    }

    /** @return whether a pack is registered, remembered per pack id (the registry cannot change) */
    private boolean registered(String packId) {
        Boolean known = registeredPacks.get(packId);
        if (known == null) {
            if (registeredPacks.size() >= ResolvedPairs.MAX_PAIRS) {
                registeredPacks.clear();
            }
            known = registry.find(packId).isPresent();
            registeredPacks.put(packId, known);
        }
        return known;
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
            Objects.requireNonNull(relationship, "relationship");
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