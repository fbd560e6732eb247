package org.openmla.treaties.eu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.model.MeasureType.PROVISIONAL_ARREST;
import static org.openmla.core.model.MeasureType.SURRENDER;
import static org.openmla.core.rules.Outcome.DEFICIENT;
import static org.openmla.core.rules.Outcome.GRANT;
import static org.openmla.core.rules.Outcome.GRANT_WITH_CONDITIONS;
import static org.openmla.core.rules.Outcome.MAY_REFUSE;
import static org.openmla.core.rules.Outcome.MUST_REFUSE;
import static org.openmla.core.rules.Outcome.NOT_APPLICABLE;
import static org.openmla.core.rules.Outcome.PENDING_ASSESSMENT;
import static org.openmla.core.rules.Outcome.POSTPONE;
import static org.openmla.treaties.eu.EuAssessments.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openmla.core.model.Authority;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureTarget;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Offence;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.Penalty;
import org.openmla.core.model.Person;
import org.openmla.core.model.PersonRole;
import org.openmla.core.model.Proceedings;
import org.openmla.core.model.ProceedingsStage;
import org.openmla.core.rules.Assessment;
import org.openmla.core.rules.DeadlineEvent;
import org.openmla.core.rules.RefusalCheck;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;
import org.openmla.core.rules.TimeLimit;
import org.openmla.core.rules.Verdict;

/** Scenarios for the European arrest warrant pack, written from Framework Decision 2002/584/JHA as the legal reference gives it. */
class EawPackTest {

    static final LocalDate LAW_DATE = LocalDate.of(2026, 10, 1);

    /** A European arrest warrant from a French investigating judge to Spain, for prosecution of drug trafficking punishable by ten years. */
    static MlaRequest.Builder warrant() {
        return MlaRequest.builder("EAW-2026-9", Jurisdiction.of("FR"), Jurisdiction.of("ES"))
                .requestingAuthority(Authority.of("Tribunal judiciaire de Marseille, juge d'instruction", AuthorityKind.INVESTIGATING_JUDGE))
                .legalBasis("EAW")
                .dateIssued(LocalDate.of(2026, 9, 1))
                .proceedings(Proceedings.of(ProceedingsStage.PROSECUTION, "Importation of cocaine"))
                .factsSummary("The person organised shipments of cocaine through the port.")
                .offence(offence(OffenceCategory.DRUG_TRAFFICKING, 10))
                .person(Person.builder("p1", PersonRole.ACCUSED).name("Test Accused").build())
                .measure(Measure.builder(PROVISIONAL_ARREST).target(MeasureTarget.person("p1")).build())
                .measure(Measure.builder(SURRENDER).target(MeasureTarget.person("p1")).build());
    }

    static Offence offence(OffenceCategory category, int years) {
        return Offence.builder().description("Offence").statutoryProvision("Code pénal art. 222-36").maxPenalty(Penalty.imprisonmentYears(years))
                .category(category).build();
    }

    static List<Assessment> cleared() {
        return List.of(Scenario.answer(EAW_SENTENCE_AT_LEAST_FOUR_MONTHS, true), Scenario.answer(EAW_INFORMATION_INSUFFICIENT, false),
                Scenario.answer(EAW_AMNESTY, false), Scenario.answer(EAW_FINALLY_JUDGED_IN_MEMBER_STATE, false), Scenario.answer(EAW_UNDER_AGE, false),
                Scenario.answer(StandardAssessments.DUAL_CRIMINALITY, true), Scenario.answer(EAW_PROSECUTED_IN_EXECUTING_STATE, false),
                Scenario.answer(EAW_NOT_PROSECUTED_OR_HALTED, false), Scenario.answer(EAW_STATUTE_BARRED, false),
                Scenario.answer(EAW_FINALLY_JUDGED_IN_THIRD_STATE, false), Scenario.answer(EAW_SENTENCE_TO_BE_EXECUTED_LOCALLY, false),
                Scenario.answer(EAW_COMMITTED_IN_EXECUTING_STATE, false), Scenario.answer(EAW_EXTRATERRITORIAL_NOT_PROSECUTABLE, false),
                Scenario.answer(EAW_TRIAL_IN_ABSENTIA, false), Scenario.answer(FUNDAMENTAL_RIGHTS_INCOMPATIBLE, false),
                Scenario.answer(EAW_LIFE_SENTENCE_REVIEW_REQUIRED, false), Scenario.answer(EAW_RETURN_REQUIRED, false),
                Scenario.answer(EAW_HUMANITARIAN_REASONS, false), Scenario.answer(EAW_DOMESTIC_PROCEEDINGS_OR_SENTENCE, false));
    }

    static Scenario scenario(String name) {
        return Scenario.of(name, "EAW", warrant().build(), LAW_DATE, cleared());
    }

    static MlaRequest.Builder forSentence(MlaRequest.Builder b) {
        return b.proceedings(Proceedings.of(ProceedingsStage.ENFORCEMENT, "Execution of a sentence of four years"));
    }

    static Scenario mayRefuse(String name, String ruleId, org.openmla.core.rules.AssessmentKey key) {
        return scenario(name).assessing(key, true).expect(MAY_REFUSE).determinedBy(ruleId);
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(
                // ---- scope ----
                scenario("a warrant for prosecution of drug trafficking with nothing against it: arrest and surrender")
                        .expect(GRANT).noOpenQuestions()
                        .deadline("eaw.17.2", TimeLimit.days(10)).deadline("eaw.17.3", TimeLimit.days(60)).deadline("eaw.23.2", TimeLimit.days(10))
                        .then(d -> assertThat(d.deadlines()).filteredOn(x -> x.ruleId().equals("eaw.17.3")).singleElement().satisfies(x -> {
                            assertThat(x.spec().runsFrom()).isEqualTo(DeadlineEvent.ARREST);
                            assertThat(x.spec().maxExtension()).contains(TimeLimit.days(30));
                        }))
                        .then(d -> assertThat(d.deadlines()).filteredOn(x -> x.ruleId().equals("eaw.17.2")).singleElement()
                                .satisfies(x -> assertThat(x.spec().runsFrom()).isEqualTo(DeadlineEvent.CONSENT_TO_SURRENDER))),
                scenario("a warrant to a State outside the Union is not a European arrest warrant")
                        .request(b -> MlaRequest.builder("EAW-2026-10", Jurisdiction.of("FR"), Jurisdiction.of("CH")).measure(SURRENDER))
                        .expect(NOT_APPLICABLE).determinedBy("eaw.1.1"),
                scenario("a search of premises is not sought by a European arrest warrant")
                        .request(b -> b.measure(MeasureType.SEARCH_AND_SEIZURE)).expect(NOT_APPLICABLE)
                        .measureOutcome(1, GRANT).measureOutcome(2, NOT_APPLICABLE),
                scenario("an offence punishable by six months cannot found a warrant for prosecution")
                        .request(b -> b.clearOffences().offence(Offence.builder().description("Theft").statutoryProvision("CP 311-3")
                                .maxPenalty(Penalty.imprisonment(Period.ofMonths(6))).category(OffenceCategory.OTHER).build()))
                        .expect(NOT_APPLICABLE).determinedBy("eaw.2.1"),
                scenario("a warrant to execute a sentence of at least four months")
                        .request(EawPackTest::forSentence).expect(GRANT).finding("eaw.2.1", Verdict.TRUE),
                scenario("a warrant to execute a sentence of less than four months is outside the Framework Decision")
                        .request(EawPackTest::forSentence).assessing(EAW_SENTENCE_AT_LEAST_FOUR_MONTHS, false)
                        .expect(NOT_APPLICABLE).determinedBy("eaw.2.1"),
                scenario("a warrant that does not say whether it is for prosecution or a sentence: the question is asked")
                        .request(b -> b.proceedings(new Proceedings(java.util.Optional.empty(), java.util.Optional.of("Cocaine"),
                                java.util.Optional.empty(), java.util.Optional.empty())))
                        .expect(PENDING_ASSESSMENT).openQuestion(EAW_FOR_SENTENCE_EXECUTION),
                scenario("a warrant for prosecution whose penalty is not stated: the 12-month threshold is asked, and a no is decisive")
                        .request(b -> b.clearOffences().offence(Offence.builder().description("Theft").statutoryProvision("CP 311-3")
                                .category(OffenceCategory.OTHER).build()))
                        .assessing(EAW_PUNISHABLE_TWELVE_MONTHS, false).expect(NOT_APPLICABLE).determinedBy("eaw.2.1"),
                scenario("where the information is insufficient to decide, supplementary information is requested (unverified Art 15(2))")
                        .assessing(EAW_INFORMATION_INSUFFICIENT, true).expect(DEFICIENT).determinedBy("eaw.15.2"),

                // ---- mandatory grounds ----
                scenario("an amnesty in the executing State: surrender and arrest must be refused")
                        .assessing(EAW_AMNESTY, true).expect(MUST_REFUSE).determinedBy("eaw.3.1")
                        .measureOutcome(0, MUST_REFUSE).measureOutcome(1, MUST_REFUSE)
                        .then(d -> assertThat(d.refusalReasons()).anySatisfy(r -> assertThat(r).startsWith("EAW art. 3(1)"))),
                scenario("finally judged in a Member State for the same acts, sentence served: must refuse")
                        .assessing(EAW_FINALLY_JUDGED_IN_MEMBER_STATE, true).proposeRefusal(StandardGrounds.NE_BIS_IN_IDEM)
                        .expect(MUST_REFUSE).determinedBy("eaw.3.2").refusal("NE_BIS_IN_IDEM", RefusalCheck.Answer.PERMITTED),
                scenario("below the age of criminal responsibility in the executing State: must refuse")
                        .assessing(EAW_UNDER_AGE, true).expect(MUST_REFUSE).determinedBy("eaw.3.3"),
                scenario("a mandatory ground outweighs an open optional question")
                        .assessing(EAW_AMNESTY, true).notAssessing(EAW_STATUTE_BARRED).expect(MUST_REFUSE),

                // ---- double criminality ----
                scenario("an act that is not an offence in the executing State, outside the list: may refuse")
                        .request(b -> b.clearOffences().offence(offence(OffenceCategory.OTHER, 5)))
                        .assessing(StandardAssessments.DUAL_CRIMINALITY, false).expect(MAY_REFUSE).determinedBy("eaw.4.1"),
                scenario("drug trafficking punishable by ten years is on the list: double criminality is not verified")
                        .notAssessing(StandardAssessments.DUAL_CRIMINALITY).proposeRefusal(StandardGrounds.DUAL_CRIMINALITY)
                        .expect(GRANT).noOpenQuestions().finding("eaw.4.1", Verdict.NOT_APPLICABLE).finding("eaw.2.2", Verdict.TRUE)
                        .refusal("DUAL_CRIMINALITY", RefusalCheck.Answer.FORBIDDEN)
                        .then(d -> assertThat(d.finding("eaw.4.1").orElseThrow().exceptedBy()).contains("eaw.2.2")),
                scenario("rape (list item 28) punishable by eight years: not verified, under the caveat on items 20-32")
                        .request(b -> b.clearOffences().offence(offence(OffenceCategory.RAPE, 8))).notAssessing(StandardAssessments.DUAL_CRIMINALITY)
                        .expect(GRANT).finding("eaw.2.2.items-20-32", Verdict.TRUE).finding("eaw.2.2", Verdict.FALSE)
                        .then(d -> assertThat(d.finding("eaw.2.2.items-20-32").orElseThrow().caveat()).isPresent()),
                scenario("a listed category punishable by only two years: double criminality may be verified")
                        .request(b -> b.clearOffences().offence(offence(OffenceCategory.DRUG_TRAFFICKING, 2)))
                        .assessing(StandardAssessments.DUAL_CRIMINALITY, false).expect(MAY_REFUSE).determinedBy("eaw.4.1"),
                scenario("a customs offence: no refusal because the executing State has no duty of the same kind")
                        .request(b -> b.clearOffences().offence(offence(OffenceCategory.CUSTOMS_OFFENCE, 5)))
                        .proposeRefusal(StandardGrounds.FISCAL_OFFENCE).expect(GRANT).finding("eaw.4.1.fiscal", Verdict.TRUE)
                        .refusal("FISCAL_OFFENCE", RefusalCheck.Answer.FORBIDDEN),
                scenario("double criminality not yet assessed for an unlisted offence: the decision waits")
                        .request(b -> b.clearOffences().offence(offence(OffenceCategory.OTHER, 5))).notAssessing(StandardAssessments.DUAL_CRIMINALITY)
                        .expect(PENDING_ASSESSMENT).openQuestion(StandardAssessments.DUAL_CRIMINALITY),

                // ---- optional grounds ----
                mayRefuse("prosecuted in the executing State for the same act", "eaw.4.2", EAW_PROSECUTED_IN_EXECUTING_STATE),
                mayRefuse("the executing State decided not to prosecute the same offence", "eaw.4.3", EAW_NOT_PROSECUTED_OR_HALTED),
                mayRefuse("statute-barred in the executing State, which had jurisdiction", "eaw.4.4", EAW_STATUTE_BARRED),
                mayRefuse("finally judged in a third State for the same acts", "eaw.4.5", EAW_FINALLY_JUDGED_IN_THIRD_STATE),
                scenario("a national of the executing State whose sentence that State undertakes to execute")
                        .request(EawPackTest::forSentence).assessing(EAW_SENTENCE_TO_BE_EXECUTED_LOCALLY, true)
                        .expect(MAY_REFUSE).determinedBy("eaw.4.6"),
                scenario("the undertaking to execute a sentence is no ground where surrender is sought for prosecution")
                        .assessing(EAW_SENTENCE_TO_BE_EXECUTED_LOCALLY, true).expect(GRANT).finding("eaw.4.6", Verdict.NOT_APPLICABLE),
                mayRefuse("the offence is regarded as committed in the executing State", "eaw.4.7.a", EAW_COMMITTED_IN_EXECUTING_STATE),
                mayRefuse("committed outside the issuing State where the executing law allows no such prosecution", "eaw.4.7.b",
                        EAW_EXTRATERRITORIAL_NOT_PROSECUTABLE),
                scenario("a sentence passed in absentia without the Art 4a guarantees: may refuse")
                        .request(EawPackTest::forSentence).assessing(EAW_TRIAL_IN_ABSENTIA, true).expect(MAY_REFUSE).determinedBy("eaw.4a"),
                mayRefuse("execution would breach fundamental rights (unverified basis)", "eaw.1.3", FUNDAMENTAL_RIGHTS_INCOMPATIBLE)
                        .then(d -> assertThat(d.finding("eaw.1.3").orElseThrow().caveat()).isPresent()),

                // ---- guarantees, postponement ----
                scenario("an offence punishable by life imprisonment where the executing law requires a review of the penalty")
                        .request(b -> b.clearOffences().offence(Offence.builder().description("Murder").statutoryProvision("CP 221-1")
                                .maxPenalty(Penalty.life()).category(OffenceCategory.MURDER_GRIEVOUS_BODILY_INJURY).build()))
                        .assessing(EAW_LIFE_SENTENCE_REVIEW_REQUIRED, true).expect(GRANT_WITH_CONDITIONS).imposes("eaw.5.2"),
                scenario("a national surrendered for prosecution, on condition of return to serve the sentence")
                        .assessing(EAW_RETURN_REQUIRED, true).expect(GRANT_WITH_CONDITIONS).imposes("eaw.5.3"),
                scenario("serious humanitarian reasons: surrender is postponed")
                        .assessing(EAW_HUMANITARIAN_REASONS, true).expect(POSTPONE).determinedBy("eaw.23.4"),
                scenario("prosecution in the executing State for another act: surrender may be postponed (unverified Art 24)")
                        .assessing(EAW_DOMESTIC_PROCEEDINGS_OR_SENTENCE, true).expect(POSTPONE).determinedBy("eaw.24"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(Scenario scenario) {
        scenario.verify();
    }

    @Test
    void every_rule_of_the_pack_is_exercised_by_a_scenario() {
        Set<String> exercised = new HashSet<>();
        scenarios().forEach(s -> {
            s.decide().findings().stream().filter(Scenario::exercises).forEach(f -> exercised.add(f.ruleId()));
            exercised.addAll(s.namedRules());
        });
        List<String> all = new EuRulePackProvider().packs().stream().filter(p -> p.id().equals("EAW")).findFirst().orElseThrow()
                .rules().stream().map(Rule::id).toList();
        assertThat(all.stream().filter(id -> !exercised.contains(id)).toList()).as("rules no scenario exercises").isEmpty();
        assertThat(scenarios().count()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void unverified_items_carry_a_caveat_and_the_application_date_is_not_encoded() {
        var pack = new EuRulePackProvider().packs().stream().filter(p -> p.id().equals("EAW")).findFirst().orElseThrow();
        assertThat(pack.rules()).allSatisfy(r -> assertThat(r.citation().instrument()).isEqualTo("EAW"));
        assertThat(pack.rules()).filteredOn(r -> r.caveat().isPresent()).extracting(Rule::id)
                .containsExactlyInAnyOrder("eaw.1.1", "eaw.1.1.measures", "eaw.15.2", "eaw.2.2.items-20-32", "eaw.1.3", "eaw.24");
        assertThat(pack.effectiveFrom()).isEmpty();
    }
}
