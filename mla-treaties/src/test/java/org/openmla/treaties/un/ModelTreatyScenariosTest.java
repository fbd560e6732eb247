package org.openmla.treaties.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.rules.Outcome.DEFICIENT;
import static org.openmla.core.rules.Outcome.GRANT_WITH_CONDITIONS;
import static org.openmla.core.rules.Outcome.MAY_REFUSE;
import static org.openmla.core.rules.Outcome.NOT_APPLICABLE;
import static org.openmla.core.rules.Outcome.POSTPONE;
import static org.openmla.core.rules.Verdict.FALSE;
import static org.openmla.core.rules.Verdict.TRUE;
import static org.openmla.treaties.scenario.Scenario.scenario;
import static org.openmla.treaties.un.UnFixtures.addMeasure;
import static org.openmla.treaties.un.UnFixtures.onlyMeasure;
import static org.openmla.treaties.un.UnFixtures.onlyOffence;
import static org.openmla.treaties.un.UnFixtures.withoutRequestingAuthority;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.Offence;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.Penalty;
import org.openmla.core.model.PersonRole;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.RefusalCheck;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;
import org.openmla.core.rules.Verdict;
import org.openmla.treaties.BuiltInPacks;
import org.openmla.treaties.scenario.Scenario;
import org.openmla.treaties.scenario.ScenarioRunner;

/** The UN Model Treaty pack, scenario by scenario (legal reference section 7; most items there are [GK] and carry caveats). */
class ModelTreatyScenariosTest {

    static Map<AssessmentKey, Boolean> cleared() {
        Map<AssessmentKey, Boolean> m = new LinkedHashMap<>();
        m.put(UnAssessments.OFFENCE_WITHIN_REQUESTING_JURISDICTION, true);
        m.put(StandardAssessments.ESSENTIAL_INTERESTS, false);
        m.put(StandardAssessments.POLITICAL_OFFENCE, false);
        m.put(StandardAssessments.DISCRIMINATORY_PURPOSE, false);
        m.put(StandardAssessments.NE_BIS_IN_IDEM, false);
        m.put(UnAssessments.OFFENCE_PROCEEDINGS_IN_REQUESTED_STATE, false);
        m.put(StandardAssessments.MEASURE_NOT_AVAILABLE, false);
        m.put(UnAssessments.MILITARY_OFFENCE, false);
        m.put(StandardAssessments.INTERFERES_WITH_PROCEEDINGS, false);
        m.put(UnAssessments.ADDITIONAL_INFORMATION_NEEDED, false);
        return m;
    }

    static ScenarioRunner runner() {
        return new ScenarioRunner(BuiltInPacks.registry(), List.of("UN_MODEL_TREATY"), UnFixtures::untocRequest, cleared(),
                UnFixtures.requestedProfile(), UnFixtures.LAW_DATE);
    }

    static Stream<Scenario> scenarios() {
        return Stream.of(
                scenario("a complete request is granted on the use limitation and the return of material").cites("UN_MODEL_TREATY art. 1")
                        .expect(GRANT_WITH_CONDITIONS).expectFinding("mt.1.offence", TRUE).expectFinding("mt.1.forms", 0, TRUE)
                        .expectFinding("mt.1.excluded", 0, TRUE).expectCondition("mt.8").expectCondition("mt.7")
                        .expectFinding("mt.5.authority", TRUE).expectFinding("mt.5.purpose", TRUE).expectFinding("mt.5.facts", TRUE)
                        .expectFinding("mt.5.3", TRUE),
                scenario("an offence whose punishment is outside the requesting State's jurisdiction is outside the treaty")
                        .cites("UN_MODEL_TREATY art. 1").assessing(UnAssessments.OFFENCE_WITHIN_REQUESTING_JURISDICTION, false)
                        .expect(NOT_APPLICABLE).expectFinding("mt.1.offence", FALSE),
                scenario("freezing proceeds is not among the treaty's forms of assistance (Optional Protocol)").cites("UN_MODEL_TREATY art. 1")
                        .given(addMeasure(MeasureType.FREEZING))
                        .expectMeasures(GRANT_WITH_CONDITIONS, GRANT_WITH_CONDITIONS, NOT_APPLICABLE).expectFinding("mt.1.forms", 2, FALSE),
                scenario("arrest with a view to extradition is excluded from the treaty").cites("UN_MODEL_TREATY art. 1")
                        .given(addMeasure(MeasureType.PROVISIONAL_ARREST))
                        .expectMeasures(GRANT_WITH_CONDITIONS, GRANT_WITH_CONDITIONS, NOT_APPLICABLE).expectFinding("mt.1.excluded", 2, FALSE),
                scenario("prejudice to sovereignty, security or public order is a discretionary ground, after considering conditions")
                        .cites("UN_MODEL_TREATY art. 4(1)(a)").assessing(StandardAssessments.ESSENTIAL_INTERESTS, true)
                        .expect(MAY_REFUSE).expectFinding("mt.4.1.a", TRUE).expectConsultation("mt.4.4"),
                scenario("an offence the requested State regards as political may be refused").cites("UN_MODEL_TREATY art. 4(1)(b)")
                        .assessing(StandardAssessments.POLITICAL_OFFENCE, true)
                        .expect(MAY_REFUSE).expectFinding("mt.4.1.b", TRUE).expectReasonCiting("UN_MODEL_TREATY art. 4(1)(b)"),
                scenario("a request made to prosecute a person on account of race or religion may be refused").cites("UN_MODEL_TREATY art. 4(1)(c)")
                        .assessing(StandardAssessments.DISCRIMINATORY_PURPOSE, true)
                        .expect(MAY_REFUSE).expectFinding("mt.4.1.c", TRUE),
                scenario("an offence under investigation in the requested State may be refused").cites("UN_MODEL_TREATY art. 4(1)(d)")
                        .assessing(UnAssessments.OFFENCE_PROCEEDINGS_IN_REQUESTED_STATE, true)
                        .expect(MAY_REFUSE).expectFinding("mt.4.1.d", TRUE),
                scenario("prosecution contrary to the requested State's double-jeopardy law may be refused").cites("UN_MODEL_TREATY art. 4(1)(d)")
                        .assessing(StandardAssessments.NE_BIS_IN_IDEM, true)
                        .expect(MAY_REFUSE).expectFinding("mt.4.1.d", TRUE),
                scenario("compulsory measures inconsistent with the requested State's law may be refused, other measures not")
                        .cites("UN_MODEL_TREATY art. 4(1)(e)").assessing(StandardAssessments.MEASURE_NOT_AVAILABLE, true)
                        .expect(MAY_REFUSE).expectMeasures(MAY_REFUSE, GRANT_WITH_CONDITIONS)
                        .expectFinding("mt.4.1.e", 0, TRUE).expectFinding("mt.4.1.e", 1, Verdict.NOT_APPLICABLE),
                scenario("a purely military offence may be refused").cites("UN_MODEL_TREATY art. 4(1)(f)")
                        .given(onlyOffence(OffenceCategory.MILITARY_OFFENCE, Penalty.imprisonmentYears(2)))
                        .expect(MAY_REFUSE).expectFinding("mt.4.1.f", TRUE),
                scenario("bank secrecy alone is no ground").cites("UN_MODEL_TREATY art. 4(2)").proposing(StandardGrounds.BANK_SECRECY)
                        .expectFinding("mt.4.2", TRUE).expectRefusalCheck(StandardGrounds.BANK_SECRECY, RefusalCheck.Answer.FORBIDDEN),
                scenario("execution that would interfere with an ongoing investigation may be postponed").cites("UN_MODEL_TREATY art. 4(3)")
                        .assessing(StandardAssessments.INTERFERES_WITH_PROCEEDINGS, true)
                        .expect(POSTPONE).expectFinding("mt.4.3", TRUE).expectConsultation("mt.4.4"),
                scenario("with no ground for refusal or postponement there is nothing to consider conditions for").cites("UN_MODEL_TREATY art. 4(4)")
                        .expect(GRANT_WITH_CONDITIONS).expectFinding("mt.4.4", FALSE),
                scenario("the Model Treaty has no dual criminality ground").cites("UN_MODEL_TREATY art. 4(1)")
                        .proposing(StandardGrounds.DUAL_CRIMINALITY)
                        .expectRefusalCheck(StandardGrounds.DUAL_CRIMINALITY, RefusalCheck.Answer.NOT_PROVIDED),
                scenario("a request that does not name the requesting office is deficient").cites("UN_MODEL_TREATY art. 5")
                        .given(withoutRequestingAuthority())
                        .expect(DEFICIENT).expectFinding("mt.5.authority", FALSE),
                scenario("a request that does not state its purpose is deficient").cites("UN_MODEL_TREATY art. 5")
                        .given(b -> b.purpose(null)).expect(DEFICIENT).expectFinding("mt.5.purpose", FALSE),
                scenario("a request that does not give the text of the relevant laws is deficient").cites("UN_MODEL_TREATY art. 5")
                        .given(b -> b.clearOffences().offence(Offence.builder().description("Trafficking").maxPenalty(Penalty.imprisonmentYears(20))
                                .build()))
                        .expect(DEFICIENT).expectFinding("mt.5.facts", FALSE),
                scenario("a request for service must say whom to serve").cites("UN_MODEL_TREATY art. 5")
                        .given(b -> b.clearMeasures().measure(Measure.builder(MeasureType.SERVICE_OF_DOCUMENTS).description("Summons").build()))
                        .expect(DEFICIENT).expectFinding("mt.5.service", 0, FALSE).expectFinding("mt.5.facts", Verdict.NOT_APPLICABLE),
                scenario("a request for service naming the person to serve is complete").cites("UN_MODEL_TREATY art. 5")
                        .given(onlyMeasure(MeasureType.SERVICE_OF_DOCUMENTS, PersonRole.ACCUSED))
                        .expect(GRANT_WITH_CONDITIONS).expectFinding("mt.5.service", 0, TRUE),
                scenario("where the information is insufficient, the requested State asks for more").cites("UN_MODEL_TREATY art. 5(3)")
                        .assessing(UnAssessments.ADDITIONAL_INFORMATION_NEEDED, true)
                        .expect(DEFICIENT).expectFinding("mt.5.3", FALSE),
                scenario("seized items are returned when no longer needed").cites("UN_MODEL_TREATY art. 7")
                        .given(onlyMeasure(MeasureType.SEARCH_AND_SEIZURE, PersonRole.SUSPECT))
                        .expect(GRANT_WITH_CONDITIONS).expectCondition("mt.7").expectFinding("mt.7", 0, TRUE),
                scenario("evidence may be used only for the proceedings stated in the request").cites("UN_MODEL_TREATY art. 8")
                        .expect(GRANT_WITH_CONDITIONS).expectFinding("mt.8", TRUE),
                scenario("where confidentiality is asked, it attaches").cites("UN_MODEL_TREATY art. 9")
                        .given(b -> b.confidentialityRequested(true))
                        .expect(GRANT_WITH_CONDITIONS).expectCondition("mt.9").expectCondition("mt.8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario_from_the_model_treaty(Scenario s) {
        runner().run(s);
    }

    @Test
    void every_rule_of_the_pack_is_exercised_by_a_scenario() {
        Set<String> exercised = new TreeSet<>();
        scenarios().forEach(s -> exercised.addAll(s.exercisedRules()));
        Set<String> rules = new TreeSet<>(UnPacks.modelTreaty().rules().stream().map(Rule::id).toList());
        assertThat(exercised).containsAll(rules);
        assertThat(scenarios().count()).isGreaterThanOrEqualTo(15);
    }

    @Test
    void every_unverified_item_carries_a_caveat_and_the_verified_ones_do_not() {
        Set<String> verified = Set.of("mt.1.offence", "mt.1.forms", "mt.1.excluded", "mt.4.1.a", "mt.4.1.b");
        for (Rule r : UnPacks.modelTreaty().rules()) {
            if (verified.contains(r.id())) {
                assertThat(r.caveat()).as(r.id()).isEmpty();
            } else {
                assertThat(r.caveat()).as(r.id()).isPresent().get().asString().startsWith("unverified:");
            }
        }
        assertThat(UnPacks.untoc().rules()).allSatisfy(r -> assertThat(r.caveat()).as(r.id()).isEmpty());
        assertThat(UnPacks.uncac().rules()).allSatisfy(r -> assertThat(r.caveat()).as(r.id()).isEmpty());
    }
}
