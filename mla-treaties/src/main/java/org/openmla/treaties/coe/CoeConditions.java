package org.openmla.treaties.coe;

import static org.openmla.core.rules.Conditions.allOf;
import static org.openmla.core.rules.Conditions.anyOf;
import static org.openmla.core.rules.Conditions.assessed;
import static org.openmla.core.rules.Conditions.fact;
import static org.openmla.core.rules.Conditions.not;
import static org.openmla.core.rules.Conditions.requestedStateDeclared;
import static org.openmla.core.rules.Conditions.requestingStateDeclared;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.openmla.core.model.DataCategory;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureFamily;
import org.openmla.core.model.MeasureTarget;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Person;
import org.openmla.core.model.PersonRole;
import org.openmla.core.model.TargetKind;
import org.openmla.core.model.TransmissionChannel;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Condition;
import org.openmla.core.rules.Conditions;
import org.openmla.core.rules.Facts;

/**
 * Conditions shared by the Council of Europe packs. Every fact here is two-valued: where the request cannot tell,
 * the rules fall back on an assessment, so that an unknown always comes with a question to answer.
 */
final class CoeConditions {
    private CoeConditions() {}

    /**
     * Measures that are "search or seizure of property" for ETS 30 art. 5 and ETS 99 art. 8(2)(a). Freezing and access
     * to stored computer data are read as seizure of property and search, so that a declared condition is never
     * switched off by the catalogue.
     */
    static final Set<MeasureType> SEARCH_OR_SEIZURE = EnumSet.of(MeasureType.SEARCH_AND_SEIZURE, MeasureType.FREEZING,
            MeasureType.ACCESS_TO_STORED_DATA);

    /** Measures that hand over property, records or documents (ETS 30 art. 6(1)). */
    static final Set<MeasureType> HANDING_OVER = EnumSet.of(MeasureType.SEARCH_AND_SEIZURE, MeasureType.PUBLIC_RECORDS,
            MeasureType.BANK_AND_BUSINESS_RECORDS, MeasureType.PROVISION_OF_INFORMATION, MeasureType.ACCESS_TO_STORED_DATA);

    /** Measures that are not letters rogatory under ETS 30 arts. 3 to 5, so fall under other articles. */
    private static final Set<MeasureType> NOT_LETTERS_ROGATORY = EnumSet.of(MeasureType.JUDICIAL_RECORDS,
            MeasureType.SERVICE_OF_DOCUMENTS, MeasureType.FACILITATING_VOLUNTARY_APPEARANCE,
            MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON, MeasureType.SURRENDER, MeasureType.PROVISIONAL_ARREST);

    /** @return whether the measure is a letter rogatory for procuring evidence or transmitting articles, records or documents */
    static boolean isLetterRogatory(MeasureType type) {
        return !NOT_LETTERS_ROGATORY.contains(type) && type.family() != MeasureFamily.SPECIAL_INVESTIGATIVE
                && type != MeasureType.VIDEOCONFERENCE_HEARING && type != MeasureType.TELEPHONE_HEARING;
    }

    /** @return the measure (or, at request level, any measure) is a letter rogatory under ETS 30 arts. 3 to 5 */
    static Condition letterRogatory() {
        return Conditions.measure("the measure is a letter rogatory for evidence, records or documents (ETS 30 arts. 3 to 5)",
                m -> isLetterRogatory(m.type()));
    }

    /**
     * Whether both States are bound by an instrument on the law date, as the resolver (from party data) or the host
     * assessed; explanations show it under the instrument's name.
     *
     * @param key the assessment, e.g. {@link CoeAssessments#BOUND_BY_ETS182}
     * @param instrument the instrument in words, e.g. {@code "ETS 182"}
     */
    static Condition bound(AssessmentKey key, String instrument) {
        return Conditions.named(instrument + " binds both States on the law date (" + key.id() + ")", assessed(key));
    }

    /** @return whether either State made the declaration or reservation */
    static Condition declaredByEither(String declarationId) {
        return anyOf(requestedStateDeclared(declarationId), requestingStateDeclared(declarationId));
    }

    /** @return whether the requesting State made the declaration and the requested State did not (reciprocity) */
    static Condition declaredOnlyByRequesting(String declarationId) {
        return allOf(requestingStateDeclared(declarationId), not(requestedStateDeclared(declarationId)));
    }

    /** @return whether the request records how it was sent */
    static Condition transmissionRecorded() {
        return Conditions.request("the request records the channel it was sent through", r -> r.transmission().isPresent());
    }

    /** @return whether the request was sent through one of the channels (FALSE when the channel is not recorded) */
    static Condition sentVia(TransmissionChannel... channels) {
        Set<TransmissionChannel> set = EnumSet.copyOf(List.of(channels));
        return Conditions.request("the request was sent through " + (set.size() == 1 ? set.iterator().next() : "one of " + set),
                r -> r.transmission().isPresent() && set.contains(r.transmission().get().channel()));
    }

    /**
     * Whether the request is written in a language the requested State accepts: FALSE when the request's language or
     * the State's languages are not known, so that rules fall back on an assessment.
     */
    static Condition writtenInAcceptedLanguage() {
        return fact("the request is written in a language the requested State accepts",
                f -> f.request().language().isPresent() && f.requestedState().acceptedLanguages().contains(f.request().language().get()));
    }

    /** @return whether every offence is stated, by a description or a statutory provision (FALSE without offences) */
    static Condition offencesStated() {
        return Conditions.everyOffence("every offence is stated (described or cited)",
                o -> o.description().isPresent() || o.statutoryProvision().isPresent());
    }

    /** @return whether every person concerned is identified and has a stated nationality (TRUE without persons) */
    static Condition personsIdentifiedWithNationality() {
        return Conditions.request("every person concerned is identified and has a stated nationality",
                r -> {
                    List<Person> persons = r.persons();
                    for (int i = 0; i < persons.size(); i++) { // by index: no iterator per evaluation
                        Person p = persons.get(i);
                        if (!p.isIdentified() || p.nationalities().isEmpty()) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    /** @return whether the request concerns any person */
    static Condition concernsPersons() {
        return Conditions.request("the request concerns at least one person", r -> !r.persons().isEmpty());
    }

    /** @return for a service measure, whether a person to be served is named and located */
    static Condition servedPersonNamedAndLocated() {
        return fact("the person to be served is named and an address is given",
                f -> f.measure().isPresent() && anyPersonTarget(f.request(), f.measure().get(), p -> p.name().isPresent() && p.location().isPresent()));
    }

    /**
     * Whether the person the measure concerns is an accused person or a suspect: from the roles of the persons the
     * measure targets; where it targets no person, from the assessment {@link CoeAssessments#PERSON_IS_ACCUSED}.
     */
    static Condition personIsAccused() {
        Condition targetsAccused = fact("the measure targets an accused person or a suspect",
                f -> f.measure().isPresent() && anyPersonTarget(f.request(), f.measure().get(), CoeConditions::accusedOrSuspect));
        Condition targetsNoPerson = fact("the measure targets no person",
                f -> f.measure().isEmpty() || !anyPersonTarget(f.request(), f.measure().get(), p -> true));
        return anyOf(targetsAccused, allOf(targetsNoPerson, assessed(CoeAssessments.PERSON_IS_ACCUSED)));
    }

    private static boolean accusedOrSuspect(Person p) {
        return p.role() == PersonRole.ACCUSED || p.role() == PersonRole.SUSPECT;
    }

    /** @return whether a person of the request that the measure targets passes the test */
    private static boolean anyPersonTarget(MlaRequest request, Measure measure, Predicate<Person> test) {
        for (MeasureTarget t : measure.targets()) {
            if (t.kind() == TargetKind.PERSON) {
                Optional<Person> p = request.person(t.value());
                if (p.isPresent() && test.test(p.get())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return whether the measure names where the data are or who holds them (a service provider, a place or a data identifier) */
    static Condition custodianOrLocationGiven() {
        return Conditions.measure("the measure names the custodian or the location of the data",
                m -> {
                    for (MeasureTarget t : m.targets()) {
                        if (t.kind() == TargetKind.SERVICE_PROVIDER || t.kind() == TargetKind.PLACE || t.kind() == TargetKind.DATA_IDENTIFIER) {
                            return true;
                        }
                    }
                    return false;
                });
    }

    /** @return whether the measure's data category is stated or follows from its type */
    static Condition dataCategoryDetermined() {
        return Conditions.measure("the data category of the measure is determined", m -> m.effectiveDataCategory().isPresent());
    }

    /** @return whether the request seeks preservation of traffic data under ETS 185 art. 29 */
    static Condition seeksPreservationOfTrafficData() {
        return Conditions.request("the request seeks expedited preservation of traffic data",
                r -> {
                    for (Measure m : r.measures()) {
                        if (m.type() == MeasureType.EXPEDITED_PRESERVATION && m.effectiveDataCategory().isPresent()
                                && m.effectiveDataCategory().get() == DataCategory.TRAFFIC) {
                            return true;
                        }
                    }
                    return false;
                });
    }

    /**
     * Whether either State's reservation under ETS 182 art. 33(2) excludes the article: a whole reservation by either
     * State does (art. 33(4)); a partial one does unless {@link CoeAssessments#RESERVED_ARTICLE_PART_ACCEPTED}.
     */
    static Condition reservedUnderEts182(String reservationId) {
        return anyOf(declaredByEither(reservationId),
                allOf(declaredByEither(reservationId + CoeDeclarations.PARTIAL), not(assessed(CoeAssessments.RESERVED_ARTICLE_PART_ACCEPTED))));
    }

    /**
     * A request-level fact: every measure of the request may go through the channel it was sent through, by a rule
     * mapping each measure to its permitted channels. FALSE when the channel is not recorded.
     */
    static Condition everyMeasureMayGoVia(String label, Function<Facts, Function<Measure, Set<TransmissionChannel>>> permitted) {
        return fact(label, f -> {
            if (f.request().transmission().isEmpty()) {
                return false;
            }
            TransmissionChannel channel = f.request().transmission().get().channel();
            Function<Measure, Set<TransmissionChannel>> byMeasure = permitted.apply(f);
            List<Measure> measures = f.request().measures();
            for (int i = 0; i < measures.size(); i++) { // by index: no iterator per evaluation
                if (!byMeasure.apply(measures.get(i)).contains(channel)) {
                    return false;
                }
            }
            return true;
        });
    }
}
