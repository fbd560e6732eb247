package org.openmla.treaties.eu;

import static org.openmla.core.rules.Conditions.allOf;
import static org.openmla.core.rules.Conditions.anyOf;
import static org.openmla.core.rules.Conditions.assessed;
import static org.openmla.core.rules.Conditions.fact;
import static org.openmla.core.rules.Conditions.inAcceptedLanguage;
import static org.openmla.core.rules.Conditions.not;
import static org.openmla.core.rules.Conditions.truth;

import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureTarget;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Offence;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.Person;
import org.openmla.core.model.PersonRole;
import org.openmla.core.model.ProceedingsStage;
import org.openmla.core.model.TargetKind;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Condition;
import org.openmla.core.rules.Conditions;
import org.openmla.core.rules.Facts;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.Truth;

/** Conditions the EU packs share, built from the public vocabulary of {@link Conditions}. Stateless. */
final class EuConditions {
    private EuConditions() {}

    static final Period THREE_YEARS = Period.ofYears(3);

    /**
     * @param label the condition in words
     * @return whether the requesting and the requested State are both Member States of the European Union on the law
     *     date, from the dated membership data; where the data cannot tell (it confirms a membership only from a later
     *     date), the host's assessment {@link EuAssessments#BOTH_MEMBER_STATES}, so the question is asked, never left
     *     UNKNOWN without one
     */
    static Condition bothMemberStates(String label) {
        return new KnownOrAssessed(Conditions.truth(label, f -> EuMemberStates.memberOn(f.request().requestingState(), f.lawDate())
                .and(EuMemberStates.memberOn(f.request().requestedState(), f.lawDate()))), assessed(EuAssessments.BOTH_MEMBER_STATES),
                "where the membership data does not tell");
    }

    /** @return whether the State is the requesting or the requested State */
    static Condition involves(Jurisdiction state) {
        return fact(state + " is the issuing or the executing State",
                f -> f.request().requestingState().equals(state) || f.request().requestedState().equals(state));
    }

    /** @return whether the State other than {@code state} is in the set */
    static Condition otherStateIn(Jurisdiction state, Set<Jurisdiction> states, String label) {
        Set<Jurisdiction> copy = Set.copyOf(states);
        return fact(label, f -> copy.contains(f.request().requestingState().equals(state) ? f.request().requestedState() : f.request().requestingState()));
    }

    /** @return whether an authority of one of these kinds validated the request */
    static Condition validatedBy(AuthorityKind... kinds) {
        Set<AuthorityKind> set = EnumSet.copyOf(List.of(kinds));
        return Conditions.request("the request was validated by an authority of kind " + new TreeSet<>(set),
                r -> r.requestingParty().validatingAuthority().map(a -> set.contains(a.kind())).orElse(false));
    }

    /** @return whether the request names an authority that is not judicial and no judicial authority validated it */
    static Condition issuedByNonJudicialWithoutValidation() {
        return Conditions.request("the issuing authority is not a judge, court, investigating judge or public prosecutor and no such "
                + "authority validated the request",
                r -> r.requestingParty().authority().map(a -> !a.kind().isJudicial()).orElse(false)
                        && r.requestingParty().validatingAuthority().map(a -> !a.kind().isJudicial()).orElse(true));
    }

    /**
     * The answer of {@code known} where the facts give one, otherwise the host's assessment: for a fact the request
     * usually states but may not (its language, the stage of the proceedings, a penalty, who is heard). Unlike
     * {@code anyOf(known, assessed(key))}, an assessment of FALSE gives FALSE, and an assessment never overrides a
     * fact. Both parts are traced as usual, so an assessment still missing becomes an open question.
     *
     * @param known the condition decided from the request, UNKNOWN when the request does not tell
     * @param key the assessment asked when it does not
     * @return the condition
     */
    static Condition knownOrAssessed(Condition known, AssessmentKey key) {
        return new KnownOrAssessed(Objects.requireNonNull(known, "known"), assessed(Objects.requireNonNull(key, "key")),
                "where the request does not tell");
    }

    /** See {@link #knownOrAssessed}; {@code gap} says in words when the assessment is read. */
    private record KnownOrAssessed(Condition known, Condition assessment, String gap) implements Condition {
        @Override
        public Truth evaluate(Facts facts) {
            Truth value = known.evaluate(facts);
            return value.isUnknown() ? assessment.evaluate(facts) : value;
        }

        @Override
        public String describe() {
            return known.describe() + " (" + gap + ": " + assessment.describe() + ")";
        }
    }

    /** The language requirement: from the request's language and the State's accepted languages, else the assessment. */
    static Condition inAcceptedLanguageOrAssessed(AssessmentKey key) {
        return knownOrAssessed(inAcceptedLanguage(), key);
    }

    /** Whether the request seeks the execution of a sentence: from the stage of the proceedings, else the assessment. */
    static Condition executionOfSentence(AssessmentKey key) {
        return knownOrAssessed(Conditions.stage(ProceedingsStage.ENFORCEMENT), key);
    }

    /** Whether an offence is punishable by at least the period: from the penalties stated, else the assessment. */
    static Condition punishableByAtLeast(java.time.Period threshold, AssessmentKey key) {
        return knownOrAssessed(Conditions.maxPenaltyAtLeast(threshold), key);
    }

    /** @return whether every offence is indicated in a category of the EU list and punishable by at least three years */
    static Condition everyOffenceListedAndThreeYears(String listName) {
        return Conditions.allOf(categoryIndicatedByIssuer(), Conditions.everyOffence("every offence is indicated in a category of " + listName
                        + " and punishable in the issuing State by a custodial maximum of at least three years",
                o -> listed(o) && o.maxPenalty().map(p -> p.custodyAtLeast(THREE_YEARS)).orElse(false)));
    }

    /**
     * The offences' list categories are the issuing authority's own indication: TRUE unless the host says otherwise with
     * {@code LIST_CATEGORY_INDICATED} = false (the category is then the requested side's classification).
     */
    static Condition categoryIndicatedByIssuer() {
        return Conditions.fact("the issuing authority indicated the list category (not denied by LIST_CATEGORY_INDICATED)",
                f -> f.assessment(StandardAssessments.LIST_CATEGORY_INDICATED) != Truth.FALSE);
    }

    private static boolean listed(Offence o) {
        return o.category().map(OffenceCategory::isOnEuList).orElse(false);
    }

    /** @return whether any offence is in a fiscal category (taxes or duties, customs, exchange) */
    static Condition fiscalOffence() {
        return Conditions.anyOffence("an offence is indicated as an offence in connection with taxes or duties, customs or exchange",
                o -> o.category().map(OffenceCategory::isFiscal).orElse(false));
    }

    /** @return whether any offence may be punished by life imprisonment */
    static Condition lifeImprisonment() {
        return Conditions.anyOffence("an offence is punishable by life imprisonment", o -> o.maxPenalty().map(p -> p.lifeImprisonment()).orElse(false));
    }

    /**
     * Whether the persons the measure is directed at all have one of these roles: UNKNOWN when the measure is directed
     * at no person of the request.
     */
    static Condition personsHeardHaveRole(String label, PersonRole... roles) {
        Set<PersonRole> set = EnumSet.copyOf(List.of(roles));
        return truth(label, f -> {
            List<Person> heard = personsTargeted(f);
            if (heard.isEmpty()) {
                return Truth.UNKNOWN;
            }
            return Truth.of(heard.stream().allMatch(p -> set.contains(p.role())));
        });
    }

    /**
     * Whether any person the measure is directed at has one of these roles: UNKNOWN when the measure is directed at
     * no person of the request.
     */
    static Condition anyPersonHeardHasRole(String label, PersonRole... roles) {
        Set<PersonRole> set = EnumSet.copyOf(List.of(roles));
        return truth(label, f -> {
            List<Person> heard = personsTargeted(f);
            if (heard.isEmpty()) {
                return Truth.UNKNOWN;
            }
            return Truth.of(heard.stream().anyMatch(p -> set.contains(p.role())));
        });
    }

    private static List<Person> personsTargeted(Facts f) {
        MlaRequest r = f.request();
        List<Measure> measures = f.measure().map(List::of).orElse(r.measures());
        return measures.stream().flatMap(m -> m.targets().stream()).filter(t -> t.kind() == TargetKind.PERSON)
                .map(MeasureTarget::value).map(r::person).flatMap(Optional::stream).toList();
    }

    /** @return whether the measure is directed at any target */
    static Condition measureHasTarget() {
        return Conditions.measure("the measure names what it is directed at (a person, account, identifier or other target)",
                m -> !m.targets().isEmpty());
    }

    /** @return whether the measure asks for particular formalities or procedures */
    static Condition measureAsksForProcedures() {
        return Conditions.measure("the measure asks for particular formalities or procedures", m -> !m.requestedProcedures().isEmpty());
    }

    /** @return whether the measure states its data category, or its type has only one */
    static Condition dataCategoryStated() {
        return Conditions.measure("the measure states the category of data sought", m -> m.effectiveDataCategory().isPresent());
    }

    /** @return whether the request is dated on or after the date; FALSE if it is not dated */
    static Condition issuedOnOrAfter(java.time.LocalDate date) {
        return Conditions.request("the order is dated on or after " + date, r -> r.dateIssued().map(d -> !d.isBefore(date)).orElse(false));
    }

    /** @return whether the request states when it was issued */
    static Condition dated() {
        return Conditions.request("the order states its date", r -> r.dateIssued().isPresent());
    }
}
