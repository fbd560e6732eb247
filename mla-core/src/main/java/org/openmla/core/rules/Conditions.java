package org.openmla.core.rules;

import java.util.Objects;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.openmla.core.internal.Checks;
import org.openmla.core.internal.rules.ConditionNodes;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.model.DataCategory;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureFamily;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Offence;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.Penalty;
import org.openmla.core.model.ProceedingsStage;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.model.TransmissionForm;
import org.openmla.core.model.UrgencyLevel;

/**
 * The vocabulary of conditions for writing rules: assessments, facts of the request, its measures and offences,
 * the States' profiles and dates. Use it with a static import:
 *
 * <pre>{@code
 * rule.when(assessed(POLITICAL_OFFENCE).and(not(anyOffence("listed as terrorism", o -> ...))))
 * }</pre>
 *
 * <p><b>Measures.</b> In a rule evaluated per measure, the measure conditions ({@link #measureOfType},
 * {@link #coerciveMeasure()}, ...) test that measure; in a request-level rule they test whether <em>any</em>
 * measure of the request qualifies.
 *
 * <p>Every condition here is immutable, has a label used in explanations, and records the values it saw.
 */
public final class Conditions {
    private Conditions() {}

    // ---- general ----

    /** @return a condition that is always TRUE */
    public static Condition always() {
        return new ConditionNodes.Constant(Truth.TRUE, "always");
    }

    /** @return a condition that is always FALSE */
    public static Condition never() {
        return new ConditionNodes.Constant(Truth.FALSE, "never");
    }

    /** @return the host's assessment, UNKNOWN until supplied */
    public static Condition assessed(AssessmentKey key) {
        return new ConditionNodes.Assessed(Objects.requireNonNull(key, "key"));
    }

    /**
     * An option one side takes, or a fact of the case, that is "no" unless the host says otherwise: a condition an
     * instrument lets the requested side attach ("may make the supply conditional on ..."), a request the other side may
     * make, a consultation already held. TRUE only when the host's assessment says so, FALSE when the answer is false or
     * absent. Unlike {@link #assessed(AssessmentKey)}, an absent answer raises no open question; use it only where the
     * law does not make the outcome turn on a judgement that must be asked for.
     *
     * @param key the option or fact, asked as a question
     * @return the condition
     */
    public static Condition chosen(AssessmentKey key) {
        Checks.required(key, "key");
        return new ConditionNodes.Asking(fact("taken or known (absent means no): " + key.id(), f -> f.suppliedAssessment(key) == Truth.TRUE), key);
    }

    /** @return the negation; UNKNOWN stays UNKNOWN */
    public static Condition not(Condition condition) {
        return new ConditionNodes.Not(Objects.requireNonNull(condition, "condition"));
    }

    /** @return the Kleene conjunction of the conditions, evaluated in order */
    public static Condition allOf(Condition... conditions) {
        return new ConditionNodes.All(Checks.list(List.of(conditions), "conditions"));
    }

    /** @return the Kleene disjunction of the conditions, evaluated in order */
    public static Condition anyOf(Condition... conditions) {
        return new ConditionNodes.Any(Checks.list(List.of(conditions), "conditions"));
    }

    /**
     * The condition under a label of its own: it evaluates exactly as {@code condition} (its facts and assessments
     * are still recorded and still raise open questions), but explanations show the label instead of the
     * condition's parts. Use it to name a legal test, e.g. {@code "UNTOC art. 18(7): no treaty of mutual legal
     * assistance binds the two States"}, so that a rule found not applicable says why in the law's words. A named
     * condition shared by several rules (the same instance) is evaluated once per scope of an evaluation: the other
     * rules get its value and record the same facts and questions. Conditions are side-effect free, so this changes
     * nothing but the time.
     *
     * @param label the condition in words
     * @param condition the condition
     * @return the labelled condition
     */
    public static Condition named(String label, Condition condition) {
        return new ConditionNodes.Named(Checks.text(label, "label", 300), Objects.requireNonNull(condition, "condition"));
    }

    /**
     * A boolean fact computed from the facts, with a label for explanations.
     *
     * @param label the fact in words, e.g. {@code "the request names the requesting authority"}
     * @param test the test; must not throw for any well-formed request
     * @return the condition
     */
    public static Condition fact(String label, Predicate<Facts> test) {
        Objects.requireNonNull(test, "test");
        return ConditionNodes.Leaf.ofFact(Checks.text(label, "label", 300), test);
    }

    /** @return a three-valued fact computed from the facts, with a label for explanations */
    public static Condition truth(String label, Function<Facts, Truth> test) {
        return new ConditionNodes.Leaf(Checks.text(label, "label", 300), Objects.requireNonNull(test, "test"));
    }

    /** @return a boolean fact about the request */
    public static Condition request(String label, Predicate<MlaRequest> test) {
        Objects.requireNonNull(test, "test");
        return ConditionNodes.Leaf.ofRequest(Checks.text(label, "label", 300), test);
    }

    // ---- contents of the request ----

    /** @return whether the request names the authority making it */
    public static Condition hasRequestingAuthority() {
        return request("the request names the requesting authority", r -> r.requestingParty().authority().isPresent());
    }

    /** @return whether the request states the subject matter and nature of the proceedings */
    public static Condition hasSubjectMatter() {
        return request("the request states the subject matter and nature of the proceedings", r -> r.proceedings().subjectMatter().isPresent());
    }

    /** @return whether the request names the authority conducting the proceedings */
    public static Condition hasConductingAuthority() {
        return request("the request names the authority conducting the proceedings",
                r -> r.proceedings().conductingAuthority().isPresent() || r.requestingParty().authority().isPresent());
    }

    /** @return whether the request contains a summary of the facts */
    public static Condition hasFactsSummary() {
        return request("the request contains a summary of the relevant facts", r -> r.factsSummary().isPresent());
    }

    /** @return whether the request states its purpose */
    public static Condition hasPurpose() {
        return request("the request states the purpose of the evidence, information or action sought", r -> r.purpose().isPresent());
    }

    /** @return whether the request asks for at least one measure */
    public static Condition hasMeasures() {
        return request("the request describes the assistance sought", r -> !r.measures().isEmpty());
    }

    /** @return whether the request describes at least one offence */
    public static Condition hasOffences() {
        return request("the request describes the offence", r -> !r.offences().isEmpty());
    }

    /** @return whether every offence is described in words */
    public static Condition everyOffenceDescribed() {
        return request("every offence is described", r -> everyOffence(r, o -> o.description().isPresent()));
    }

    /** @return whether every offence cites the requesting State's statutory provision */
    public static Condition everyOffenceHasStatutoryProvision() {
        return request("every offence cites the statutory provision", r -> everyOffence(r, o -> o.statutoryProvision().isPresent()));
    }

    /** @return whether every offence states its maximum penalty */
    public static Condition everyOffenceHasPenalty() {
        return request("every offence states its maximum penalty", r -> everyOffence(r, o -> o.maxPenalty().isPresent()));
    }

    /** @return whether the request names offences and each passes the test (an indexed loop: no stream per rule) */
    private static boolean everyOffence(MlaRequest r, Predicate<org.openmla.core.model.Offence> test) {
        List<org.openmla.core.model.Offence> offences = r.offences();
        if (offences.isEmpty()) {
            return false;
        }
        for (int i = 0, n = offences.size(); i < n; i++) {
            if (!test.test(offences.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** @return whether every person concerned is identified by name or identifier */
    public static Condition everyPersonIdentified() {
        return request("every person concerned is identified", r -> {
            for (int i = 0, n = r.persons().size(); i < n; i++) {
                if (!r.persons().get(i).isIdentified()) {
                    return false;
                }
            }
            return true;
        });
    }

    /** @return whether any attachment is of this kind */
    public static Condition hasAttachment(org.openmla.core.model.AttachmentKind kind) {
        Objects.requireNonNull(kind, "kind");
        return request("an attachment of kind " + kind + " is present", r -> {
            for (int i = 0, n = r.attachments().size(); i < n; i++) {
                if (r.attachments().get(i).kind() == kind) {
                    return true;
                }
            }
            return false;
        });
    }

    /** @return whether the request claims any urgency */
    public static Condition urgent() {
        return request("the request is urgent", MlaRequest::isUrgent);
    }

    /** @return whether the request claims an emergency */
    public static Condition emergency() {
        return request("the request claims an emergency",
                r -> r.urgency().map(u -> u.level() == UrgencyLevel.EMERGENCY).orElse(false));
    }

    /** @return whether a claimed urgency gives its reason */
    public static Condition urgencyReasoned() {
        return request("the urgency claimed is reasoned", r -> r.urgency().map(u -> u.reason().isPresent()).orElse(true));
    }

    /** @return whether the requesting State asks for confidentiality */
    public static Condition confidentialityRequested() {
        return request("the requesting State asks for confidentiality", MlaRequest::confidentialityRequested);
    }

    /**
     * Whether the communication is information transmitted without a prior request
     * ({@link org.openmla.core.model.CommunicationKind#SPONTANEOUS_INFORMATION}) rather than a request. A pack that
     * {@linkplain RulePack.Builder#covers covers} both kinds makes its request rules apply when this is FALSE.
     *
     * @return the condition
     */
    public static Condition spontaneousInformation() {
        return request("the communication is information transmitted without a prior request", MlaRequest::isSpontaneousInformation);
    }

    /** @return whether the sending State restricts the use of the information it transmits spontaneously */
    public static Condition useRestricted() {
        return request("the sending State restricts the use of the information", r -> r.useRestrictions().isPresent());
    }

    /** @return whether the request was made orally */
    public static Condition madeOrally() {
        return request("the request was made orally",
                r -> r.transmission().isPresent() && r.transmission().get().form() == TransmissionForm.ORAL);
    }

    /** @return whether an oral request has been confirmed in writing (TRUE for requests not made orally) */
    public static Condition writtenOrConfirmedInWriting() {
        return request("the request is in writing or has been confirmed in writing",
                r -> r.transmission().isEmpty() || r.transmission().get().form() != TransmissionForm.ORAL
                        || r.transmission().get().writtenConfirmation().isPresent());
    }

    /** @return whether the request was sent through one of these channels; UNKNOWN if the channel is not recorded */
    public static Condition transmittedVia(TransmissionChannel... channels) {
        Set<TransmissionChannel> set = enumSet(TransmissionChannel.class, channels);
        return truth("the request was sent through " + set,
                f -> f.request().transmission().isPresent() ? Truth.of(set.contains(f.request().transmission().get().channel())) : Truth.UNKNOWN);
    }

    /**
     * Whether the request is in a language the requested State accepts: UNKNOWN when the request's language or the
     * State's accepted languages are not known.
     *
     * @return the condition
     */
    public static Condition inAcceptedLanguage() {
        return truth("the request is in a language the requested State accepts", f -> {
            if (f.request().language().isEmpty() || f.requestedState().acceptedLanguages().isEmpty()) {
                return Truth.UNKNOWN;
            }
            return Truth.of(f.requestedState().acceptedLanguages().contains(f.request().language().get()));
        });
    }

    /** @return whether the request is issued by a court, an investigating judge or a public prosecutor */
    public static Condition issuedByJudicialAuthority() {
        return request("the request is issued by a judge, a court, an investigating judge or a public prosecutor",
                r -> r.requestingParty().authority().isPresent() && r.requestingParty().authority().get().kind().isJudicial());
    }

    /** @return whether the request names the authority that issued it and that authority is of one of these kinds */
    public static Condition issuedBy(AuthorityKind... kinds) {
        Set<AuthorityKind> set = enumSet(AuthorityKind.class, kinds);
        return request("the request is issued by an authority of kind " + set,
                r -> r.requestingParty().authority().map(a -> set.contains(a.kind())).orElse(false));
    }

    /** @return whether a judicial authority validated the request */
    public static Condition validatedByJudicialAuthority() {
        return request("the request was validated by a judicial authority",
                r -> r.requestingParty().validatingAuthority().map(a -> a.kind().isJudicial()).orElse(false));
    }

    /** @return whether the request claims this instrument as its legal basis */
    public static Condition claimsLegalBasis(String instrumentId) {
        LegalBasis basis = LegalBasis.treaty(instrumentId);
        return request("the request claims " + instrumentId + " as legal basis", r -> r.legalBasis().contains(basis));
    }

    /** @return whether the proceedings are at one of these stages; UNKNOWN if the stage is not stated */
    public static Condition stage(ProceedingsStage... stages) {
        Set<ProceedingsStage> set = enumSet(ProceedingsStage.class, stages);
        return truth("the proceedings are at stage " + set,
                f -> f.request().proceedings().stage().map(s -> Truth.of(set.contains(s))).orElse(Truth.UNKNOWN));
    }

    // ---- measures ----

    /**
     * A test of the measure: in a per-measure rule, of that measure; in a request-level rule, of any measure.
     *
     * @param label the test in words, e.g. {@code "the measure is coercive"}
     * @param test the test
     * @return the condition
     */
    public static Condition measure(String label, Predicate<Measure> test) {
        Objects.requireNonNull(test, "test");
        return ConditionNodes.Leaf.ofMeasure(Checks.text(label, "label", 300), test);
    }

    /** @return whether the measure is of one of these types */
    public static Condition measureOfType(MeasureType... types) {
        Set<MeasureType> set = enumSet(MeasureType.class, types);
        return measure("the measure is " + (set.size() == 1 ? set.iterator().next() : "one of " + set), m -> set.contains(m.type()));
    }

    /** @return whether the measure belongs to one of these families */
    public static Condition measureInFamily(MeasureFamily... families) {
        Set<MeasureFamily> set = enumSet(MeasureFamily.class, families);
        return measure("the measure is in family " + set, m -> set.contains(m.type().family()));
    }

    /**
     * Whether the measure is coercive: the host's {@link StandardAssessments#MEASURE_COERCIVE} where given (for the
     * measure, else for the request), else the measure type's default. In a request-level rule without that
     * assessment: whether any measure's type is coercive.
     *
     * @return the condition
     */
    public static Condition coerciveMeasure() {
        return truth("the measure is coercive", f -> {
            Truth given = f.suppliedAssessment(StandardAssessments.MEASURE_COERCIVE);
            if (given != Truth.UNKNOWN) {
                return given;
            }
            if (f.measure().isPresent()) {
                return Truth.of(f.measure().get().type().isCoercive());
            }
            List<Measure> measures = f.request().measures();
            for (int i = 0, n = measures.size(); i < n; i++) {
                if (measures.get(i).type().isCoercive()) {
                    return Truth.TRUE;
                }
            }
            return Truth.FALSE;
        });
    }

    /**
     * Whether the measure concerns data of one of these categories: UNKNOWN for an electronic measure whose category
     * is not determined, FALSE for a measure that is not electronic.
     *
     * @param categories the categories
     * @return the condition
     */
    public static Condition dataCategory(DataCategory... categories) {
        Set<DataCategory> set = enumSet(DataCategory.class, categories);
        String label = "the measure concerns " + set + " data";
        return truth(label, f -> {
            if (f.measure().isPresent()) {
                return categoryTruth(f.measure().get(), set);
            }
            Truth any = Truth.FALSE;
            List<Measure> measures = f.request().measures();
            for (int i = 0, n = measures.size(); i < n; i++) {
                any = any.or(categoryTruth(measures.get(i), set));
            }
            return any;
        });
    }

    private static Truth categoryTruth(Measure m, Set<DataCategory> set) {
        if (!m.type().isElectronic()) {
            return Truth.FALSE;
        }
        Optional<DataCategory> category = m.effectiveDataCategory();
        if (category.isEmpty()) {
            for (DataCategory possible : m.type().dataCategories()) {
                if (set.contains(possible)) {
                    return Truth.UNKNOWN;
                }
            }
            return Truth.FALSE;
        }
        return Truth.of(set.contains(category.get()));
    }

    /** @return whether every measure of the request is of one of these types (FALSE for a request with no measure) */
    public static Condition onlyMeasuresOfType(MeasureType... types) {
        Set<MeasureType> set = enumSet(MeasureType.class, types);
        return request("every measure is one of " + set,
                r -> {
                    for (int i = 0, n = r.measures().size(); i < n; i++) {
                        if (!set.contains(r.measures().get(i).type())) {
                            return false;
                        }
                    }
                    return !r.measures().isEmpty();
                });
    }

    /** @return whether the measure (or, at request level, every measure) states a description or a target */
    public static Condition measureDescribed() {
        Predicate<Measure> described = m -> m.description().isPresent() || !m.targets().isEmpty();
        return fact("the assistance sought is described",
                f -> {
                    Optional<Measure> measure = f.measure();
                    if (measure.isPresent()) {
                        return described.test(measure.get());
                    }
                    List<Measure> measures = f.request().measures();
                    for (int i = 0, n = measures.size(); i < n; i++) {
                        if (!described.test(measures.get(i))) {
                            return false;
                        }
                    }
                    return !measures.isEmpty();
                });
    }

    // ---- offences ----

    /** @return whether any offence of the request passes the test */
    public static Condition anyOffence(String label, Predicate<Offence> test) {
        Objects.requireNonNull(test, "test");
        return request(label, r -> {
            for (int i = 0, n = r.offences().size(); i < n; i++) {
                if (test.test(r.offences().get(i))) {
                    return true;
                }
            }
            return false;
        });
    }

    /** @return whether every offence of the request passes the test (FALSE for a request with no offence) */
    public static Condition everyOffence(String label, Predicate<Offence> test) {
        Objects.requireNonNull(test, "test");
        return request(label, r -> {
            for (int i = 0, n = r.offences().size(); i < n; i++) {
                if (!test.test(r.offences().get(i))) {
                    return false;
                }
            }
            return !r.offences().isEmpty();
        });
    }

    /** @return whether any offence is indicated in one of these categories */
    public static Condition offenceInCategory(OffenceCategory... categories) {
        Set<OffenceCategory> set = enumSet(OffenceCategory.class, categories);
        return anyOffence("an offence is indicated as " + set, o -> o.category().isPresent() && set.contains(o.category().get()));
    }

    /**
     * Whether an offence is indicated in a category of the EU list and punishable in the requesting State by a
     * custodial maximum of at least {@code threshold}. An offence without category or penalty does not qualify.
     *
     * @param threshold e.g. three years
     * @return the condition
     */
    public static Condition euListOffencePunishableByAtLeast(Period threshold) {
        Objects.requireNonNull(threshold, "threshold");
        return anyOffence("an offence on the EU list is punishable by at least " + threshold + " in the issuing State",
                o -> o.category().map(OffenceCategory::isOnEuList).orElse(false)
                        && o.maxPenalty().map(p -> p.custodyAtLeast(threshold)).orElse(false));
    }

    /**
     * Whether every offence of the request is on the EU list and punishable by at least {@code threshold}; FALSE when
     * the request has no offence.
     *
     * @param threshold e.g. three years
     * @return the condition
     */
    public static Condition everyOffenceOnEuListPunishableByAtLeast(Period threshold) {
        Objects.requireNonNull(threshold, "threshold");
        return everyOffence("every offence is on the EU list and punishable by at least " + threshold + " in the issuing State",
                o -> o.category().map(OffenceCategory::isOnEuList).orElse(false)
                        && o.maxPenalty().map(p -> p.custodyAtLeast(threshold)).orElse(false));
    }

    /** @return whether any offence is punishable by a custodial maximum of at least the threshold (UNKNOWN if no penalty is stated) */
    public static Condition maxPenaltyAtLeast(Period threshold) {
        Objects.requireNonNull(threshold, "threshold");
        return truth("an offence is punishable by deprivation of liberty of at least " + threshold, f -> {
            Truth any = Truth.FALSE;
            for (Offence o : f.request().offences()) {
                any = any.or(o.maxPenalty().map(p -> Truth.of(p.custodyAtLeast(threshold))).orElse(Truth.UNKNOWN));
            }
            return f.request().offences().isEmpty() ? Truth.UNKNOWN : any;
        });
    }

    /** @return whether the death penalty may be imposed for any offence */
    public static Condition deathPenaltyPossible() {
        return anyOffence("the death penalty may be imposed", o -> o.maxPenalty().map(Penalty::deathPenalty).orElse(false));
    }

    /** @return whether any offence concerns the liability of a legal person */
    public static Condition legalPersonLiability() {
        return anyOffence("the proceedings concern the liability of a legal person", Offence::legalPersonLiability);
    }

    // ---- States ----

    /** @return whether the requested State made this declaration or reservation */
    public static Condition requestedStateDeclared(String declarationId) {
        Objects.requireNonNull(declarationId, "declarationId");
        return fact("the requested State declared " + declarationId, f -> f.requestedState().hasDeclared(declarationId));
    }

    /** @return whether the requesting State made this declaration or reservation */
    public static Condition requestingStateDeclared(String declarationId) {
        Objects.requireNonNull(declarationId, "declarationId");
        return fact("the requesting State declared " + declarationId, f -> f.requestingState().hasDeclared(declarationId));
    }

    /** @return whether the requested State is one of these */
    public static Condition requestedStateIn(Set<Jurisdiction> states) {
        Set<Jurisdiction> copy = Checks.set(states, "states");
        return fact("the requested State is one of " + new java.util.TreeSet<>(copy), f -> copy.contains(f.request().requestedState()));
    }

    /** @return whether the requesting State is one of these */
    public static Condition requestingStateIn(Set<Jurisdiction> states) {
        Set<Jurisdiction> copy = Checks.set(states, "states");
        return fact("the requesting State is one of " + new java.util.TreeSet<>(copy), f -> copy.contains(f.request().requestingState()));
    }

    // ---- dates ----

    /** @return whether the law date is on or after the date */
    public static Condition lawDateOnOrAfter(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return fact("the law date is on or after " + date, f -> !f.lawDate().isBefore(date));
    }

    /** @return whether the law date is before the date */
    public static Condition lawDateBefore(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return fact("the law date is before " + date, f -> f.lawDate().isBefore(date));
    }

    @SafeVarargs
    private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, E... values) {
        Checks.list(List.of(values), type.getSimpleName());
        if (values.length == 0) {
            throw new org.openmla.core.InvalidValueException(type.getSimpleName(), "at least one value is required");
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        set.addAll(List.of(values));
        return java.util.Collections.unmodifiableSet(set);
    }
}
