package org.openmla.treaties.resolver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.model.LegalBasisKind;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureFamily;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.RequestId;
import org.openmla.core.rules.Citation;
import org.openmla.core.decision.LegalBasisNote;
import org.openmla.core.rules.Truth;
import org.openmla.treaties.parties.BilateralTreaty;
import org.openmla.treaties.parties.InstrumentParties;
import org.openmla.treaties.parties.MeasureProvision;
import org.openmla.treaties.parties.PartyData;

/**

/**
 * The second half of a {@link LegalBasisResolver}'s work for one request: which of the applicable instruments govern
 * its measures, what each claimed legal basis is worth, and the legal-basis notes that say why. Reads only the party
 * data and a {@link LegalBasisResolution}. Immutable and thread-safe; package-private.
 */
final class LegalBasisClaims {

    private final PartyData partyData;

    LegalBasisClaims(PartyData partyData) {
        this.partyData = partyData;
    }

    /** @return the distinct types of the request's measures, in the request's order */
    static List<MeasureType> measureTypes(MlaRequest request) {
        List<Measure> measures = request.measures();
        if (measures.size() == 1) {
            return List.of(measures.get(0).type());
        }
        List<MeasureType> types = new ArrayList<>(measures.size());
        for (int i = 0; i < measures.size(); i++) {
            MeasureType type = measures.get(i).type();
            if (!types.contains(type)) {
                types.add(type);
            }
        }
        return List.copyOf(types);
    }

    /**
     * @return whether the request's distinct measure types, in order of first appearance, are {@code types}
     *     ({@link #measureTypes}), found without making the list
     */
    static boolean sameMeasureTypes(MlaRequest request, List<MeasureType> types) {
        List<Measure> measures = request.measures();
        int distinct = 0;
        for (int i = 0; i < measures.size(); i++) {
            MeasureType type = measures.get(i).type();
            boolean seen = false;
            for (int k = 0; k < distinct && !seen; k++) {
                seen = types.get(k) == type;
            }
            if (!seen) {
                if (distinct == types.size() || types.get(distinct) != type) {
                    return false;
                }
                distinct++;
            }
        }
        return distinct == types.size();
    }

    /**
     * The check of a request's claims, which depends on the request only through its claimed bases and the types of its
     * measures; {@link ClaimsCheck#forRequest} makes the request's {@link LegalBasisCheck} of it.
     *
     * @param bases the claimed bases, in the request's order
     * @param types the distinct types of the request's measures, in the request's order
     */
    ClaimsCheck checkOf(List<LegalBasis> bases, List<MeasureType> types, LegalBasisResolution res) {
        List<String> governing = governing(types, res);
        List<String> suggestions = governing.isEmpty() ? applicableIds(res) : governing;
        List<LegalBasisFinding> out = new ArrayList<>();
        if (bases.isEmpty()) {
            out.add(new LegalBasisFinding(Optional.empty(), LegalBasisFinding.Status.NONE_CLAIMED, Optional.empty(),
                    "the request claims no legal basis" + (suggestions.isEmpty() ? "; no instrument in the party data applies between "
                            + res.requesting() + " and " + res.requested() + " on " + res.date() : "; " + String.join(", ", suggestions)
                            + " appl" + (suggestions.size() == 1 ? "ies" : "y") + " between " + res.requesting() + " and " + res.requested()
                            + " on " + res.date()), suggestions));
        }
        for (LegalBasis basis : bases) {
            out.add(claim(basis, types, res, suggestions));
        }
        return new ClaimsCheck(List.copyOf(out), suggestions, governing, notes(types, res, governing));
    }

    private static List<String> applicableIds(LegalBasisResolution res) {
        List<String> ids = new ArrayList<>(res.applicable().size());
        for (ApplicableInstrument a : res.applicable()) {
            ids.add(a.instrumentId());
        }
        return List.copyOf(ids);
    }

    /**
     * A {@link LegalBasisCheck} without the request's id: the same for every request with the same claims and measure
     * types between the same States on the same date. Immutable.
     */
    record ClaimsCheck(List<LegalBasisFinding> findings, List<String> suggestions, List<String> governing, List<LegalBasisNote> notes,
            List<String> validClaims) {

        ClaimsCheck(List<LegalBasisFinding> findings, List<String> suggestions, List<String> governing, List<LegalBasisNote> notes) {
            this(findings, suggestions, governing, notes, validClaimsOf(findings));
        }

        private static List<String> validClaimsOf(List<LegalBasisFinding> findings) {
            List<String> valid = new ArrayList<>();
            for (LegalBasisFinding f : findings) {
                if (f.status() == LegalBasisFinding.Status.VALID && f.claimed().isPresent()) {
                    f.claimed().get().instrument().ifPresent(valid::add);
                }
            }
            return List.copyOf(valid);
        }

        LegalBasisCheck forRequest(RequestId requestId, LocalDate date) {
            return new LegalBasisCheck(requestId, date, findings, suggestions, governing, notes);
        }
    }

    /**
     * The instruments that govern the request's measures between the two States on the date, strongest first: those that
     * apply, provide for at least one of the measures ({@link InstrumentParties#provides}), and are not replaced for it
     * by another (a supersession of the corresponding provisions only, such as EIO art. 34(1), leaves the measures it
     * does not cover to the older instrument and does not give them to the newer one).
     */
    private List<String> governing(List<MeasureType> types, LegalBasisResolution res) {
        List<String> out = new ArrayList<>(res.applicable().size());
        for (ApplicableInstrument a : res.applicable()) {
            for (MeasureType t : types) {
                if (governs(a.instrumentId(), t, res)) {
                    if (!out.contains(a.instrumentId())) {
                        out.add(a.instrumentId());
                    }
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

    boolean provides(String instrumentId, MeasureType type) {
        return partyData.instrument(instrumentId).map(ip -> ip.provides(type))
                .orElse(type.family() != MeasureFamily.SURRENDER);
    }

    private List<LegalBasisNote> notes(List<MeasureType> requestTypes, LegalBasisResolution res, List<String> governing) {
        List<LegalBasisNote> notes = new ArrayList<>(0);
        Set<MeasureType> types = null; // the request's types in their natural order, made when a finding needs them
        for (RelationshipFinding f : res.relationships()) {
            if (f.partial() && res.applies(f.instrumentId())) {
                types = types != null ? types : new TreeSet<>(requestTypes);
                List<MeasureType> kept = new ArrayList<>(0);
                List<MeasureType> replaced = new ArrayList<>(0);
                for (MeasureType t : types) {
                    if (f.retainedMeasures().contains(t)) {
                        kept.add(t);
                    }
                    if (f.supersedesFor(t) && provides(f.instrumentId(), t) && providedByAny(f.byInstruments(), t)) {
                        replaced.add(t);
                    }
                }
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
            if (f.effect() == RelationshipFinding.Effect.COEXISTS) {
                types = types != null ? types : new TreeSet<>(requestTypes);
                for (String by : f.byInstruments()) {
                    List<MeasureType> both = new ArrayList<>(0);
                    for (MeasureType t : types) {
                        if (governs(f.instrumentId(), t, res) && governs(by, t, res)) {
                            both.add(t);
                        }
                    }
                    if (!both.isEmpty()) {
                        notes.add(new LegalBasisNote(by, by + " and " + f.instrumentId() + " both govern " + both + " between " + res.requesting()
                                + " and " + res.requested() + " on " + res.date() + ": " + by + " does not affect " + f.instrumentId() + " ("
                                + f.citation() + "), so neither replaces the other and the issuing authority may use either",
                                List.of(f.citation())));
                    }
                }
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

    Optional<String> declaredPack(String instrumentId) {
        Optional<String> bilateral = partyData.bilateralTreaty(instrumentId).flatMap(BilateralTreaty::effectivePackId);
        return bilateral.isPresent() ? bilateral : partyData.instrument(instrumentId).map(InstrumentParties::effectivePackId);
    }

    List<Citation> citationsOf(String instrumentId) {
        return partyData.instrument(instrumentId).flatMap(InstrumentParties::basisCitation).map(List::of).orElse(List.of());
    }

    private LegalBasisFinding claim(LegalBasis basis, List<MeasureType> types, LegalBasisResolution res, List<String> suggestions) {
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
            Optional<LegalBasisFinding> moot = replacedWhetherOrNotBound(basis, types, res, s, suggestions);
            return moot.orElseGet(() -> new LegalBasisFinding(Optional.of(basis), LegalBasisFinding.Status.UNCERTAIN, cite, explainBoth(s), suggestions));
        }
        RelationshipFinding superseding = null;
        RelationshipFinding partialFinding = null;
        for (RelationshipFinding f : res.relationships()) {
            if (f.instrumentId().equals(id)) {
                if (superseding == null && f.effect() == RelationshipFinding.Effect.SUPERSEDED && !f.partial()) {
                    superseding = f;
                }
                if (partialFinding == null && f.partial()) {
                    partialFinding = f;
                }
            }
        }
        if (superseding != null) {
            return new LegalBasisFinding(Optional.of(basis), LegalBasisFinding.Status.SUPERSEDED, Optional.of(superseding.citation()),
                    superseding.explanation(), superseding.byInstruments());
        }
        List<MeasureType> outside = new ArrayList<>(0);
        for (MeasureType t : types) {
            if (!governs(id, t, res)) {
                outside.add(t);
            }
        }
        Optional<RelationshipFinding> partial = Optional.ofNullable(partialFinding);
        if (!types.isEmpty() && outside.size() == types.size()) {
            if (partial.isPresent() && replacesFor(partial.get(), types)) {
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
        if (!outside.isEmpty()) {
            StringBuilder text = bothBoundText(id, s, res);
            text.append("; but it does not govern ").append(outside).append(between(id, res)).append(suggestionText(suggestions));
            return new LegalBasisFinding(Optional.of(basis), partial.isPresent() ? LegalBasisFinding.Status.PARTLY_SUPERSEDED
                    : LegalBasisFinding.Status.OUTSIDE_SCOPE, partial.map(RelationshipFinding::citation).or(() -> cite), text.toString(), suggestions);
        }
        RelationshipFinding keeping = partialFinding;
        Optional<Citation> provision = measureProvisions(ip, types, null);
        return LegalBasisFinding.worded(Optional.of(basis), LegalBasisFinding.Status.VALID, provision.isPresent() ? provision : cite,
                () -> validText(id, s, res, types, keeping, ip), suggestions);
    }

    /**
     * The explanation of a valid claim: both States' bindings, what relationships found about the instrument, the measures
     * it keeps, and what the provisions that govern the request's measures provide.
     */
    private static String validText(String id, InstrumentStatus s, LegalBasisResolution res, List<MeasureType> types, RelationshipFinding partial,
            Optional<InstrumentParties> ip) {
        StringBuilder text = bothBoundText(id, s, res);
        if (partial != null) {
            text.append("; ").append(String.join(", ", partial.byInstruments())).append(" replaces only its corresponding provisions, and ")
                    .append(types).append(" stay under ").append(id).append(" (").append(partial.citation()).append(")");
        }
        measureProvisions(ip, types, text);
        return text.toString();
    }

    /** @return that the instrument binds both States, why, and what relationships found about it (supersessions for some measures aside) */
    private static StringBuilder bothBoundText(String id, InstrumentStatus s, LegalBasisResolution res) {
        StringBuilder text = new StringBuilder(512).append(id).append(" binds both States on ").append(res.date()).append(": ");
        appendBoth(text, s);
        for (RelationshipFinding f : res.relationships()) {
            if (f.instrumentId().equals(id) && !f.partial()) {
                text.append("; ").append(f.explanation());
            }
        }
        return text;
    }

    /**
     * Where the instrument's data names the provision that governs a measure of the request (UNTOC art. 19 for a joint
     * investigation team, not the obligation to assist of art. 18(1)), says what it provides (when {@code text} is given);
     * the claim cites it when it is the one provision for every measure of the request.
     */
    private static Optional<Citation> measureProvisions(Optional<InstrumentParties> ip, List<MeasureType> types, StringBuilder text) {
        if (ip.isEmpty() || types.isEmpty()) {
            return Optional.empty();
        }
        Citation common = null;
        boolean everyMeasure = true;
        for (MeasureType t : types) {
            Optional<MeasureProvision> mp = ip.get().measureProvision(t);
            if (mp.isEmpty()) {
                everyMeasure = false;
                continue;
            }
            if (text != null) {
                text.append("; for ").append(t).append(": ").append(mp.get().summary());
            }
            if (common == null) {
                common = mp.get().citation();
            } else if (!common.equals(mp.get().citation())) {
                everyMeasure = false;
            }
        }
        return everyMeasure ? Optional.ofNullable(common) : Optional.empty();
    }

    /**
     * Where the data cannot tell whether the claimed instrument binds both States but another that binds them replaces
     * its corresponding provisions for every measure of the request (e.g. ETS 182 between two States bound by the EIO,
     * EIO art. 34(1)), the claim is superseded either way: if it binds them it is replaced, if not it never applied.
     */
    private Optional<LegalBasisFinding> replacedWhetherOrNotBound(LegalBasis basis, List<MeasureType> types, LegalBasisResolution res,
            InstrumentStatus s, List<String> suggestions) {
        String id = s.instrumentId();
        if (types.isEmpty()) {
            return Optional.empty();
        }
        return res.relationships(id).stream()
                .filter(f -> f.effect() == RelationshipFinding.Effect.SUPERSEDED
                        && types.stream().allMatch(t -> f.supersedesFor(t) && f.byInstruments().stream().anyMatch(by -> provides(by, t))))
                .findFirst()
                .map(f -> new LegalBasisFinding(Optional.of(basis), LegalBasisFinding.Status.SUPERSEDED, Optional.of(f.citation()),
                        "whether or not " + id + " binds both States (" + explainBoth(s) + "), " + String.join(", ", f.byInstruments())
                                + " binds " + res.requesting() + " and " + res.requested() + " on " + res.date() + " and replaces the corresponding provisions of "
                                + id + " for " + types + " (" + f.citation() + ")" + suggestionText(suggestions),
                        suggestions));
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

    static String explainBoth(InstrumentStatus s) {
        if (s.bilateral()) {
            return s.requesting().explanation();
        }
        return Texts.of(s.requesting().explanation(), "; ", s.requested().explanation());
    }

    /** @return {@link #explainBoth} after a prefix, joined once */
    static String explainBoth(String prefix, InstrumentStatus s) {
        if (s.bilateral()) {
            return Texts.of(prefix, s.requesting().explanation());
        }
        return Texts.of(prefix, s.requesting().explanation(), "; ", s.requested().explanation());
    }

    private static void appendBoth(StringBuilder text, InstrumentStatus s) {
        text.append(s.requesting().explanation());
        if (!s.bilateral()) {
            text.append("; ").append(s.requested().explanation());
        }
    }

    /** @return whether the supersession takes every one of the types to an instrument that provides for it */
    private boolean replacesFor(RelationshipFinding f, List<MeasureType> types) {
        for (MeasureType t : types) {
            if (!f.supersedesFor(t) || !providedByAny(f.byInstruments(), t)) {
                return false;
            }
        }
        return true;
    }

    private boolean providedByAny(List<String> instrumentIds, MeasureType t) {
        for (String by : instrumentIds) {
            if (provides(by, t)) {
                return true;
            }
        }
        return false;
    }

    private static String suggestionText(List<String> suggestions) {
        return suggestions.isEmpty() ? "; no instrument in the party data applies between them on that date"
                : "; what applies: " + String.join(", ", suggestions);
    }
}
