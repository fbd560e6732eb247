package org.openmla.treaties.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.rules.Outcome.GRANT;
import static org.openmla.core.rules.Outcome.GRANT_WITH_CONDITIONS;
import static org.openmla.core.rules.Outcome.MAY_REFUSE;
import static org.openmla.core.rules.Outcome.NOT_APPLICABLE;
import static org.openmla.core.rules.Verdict.FALSE;
import static org.openmla.core.rules.Verdict.TRUE;
import static org.openmla.treaties.scenario.Scenario.scenario;
import static org.openmla.treaties.un.UnFixtures.UNCAC;
import static org.openmla.treaties.un.UnFixtures.addMeasure;
import static org.openmla.treaties.un.UnFixtures.onlyMeasure;
import static org.openmla.treaties.un.UnFixtures.onlyOffence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.Penalty;
import org.openmla.core.model.PersonRole;
import org.openmla.core.rules.RefusalCheck;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;
import org.openmla.core.rules.Verdict;
import org.openmla.treaties.scenario.Scenario;

/**
 * UNCAC art. 46, scenario by scenario: what differs from UNTOC (scope, asset recovery, the dual criminality regime of
 * 46(9)(b) with 43(2), legal reference section 3), then the paragraphs it shares with UNTOC art. 18.
 */
class UncacScenariosTest {

    static List<Scenario> uncacOnly() {
        return List.of(
                scenario("a complete request on bribery is granted without any transnational or organised-crime element")
                        .cites("UNCAC art. 46(1)")
                        .expect(GRANT_WITH_CONDITIONS).expectFinding("uncac.46.1", TRUE).expectFinding("uncac.46.8", TRUE)
                        .expectCondition("uncac.46.19"),
                scenario("an offence that is not established in accordance with the Convention is outside it").cites("UNCAC art. 46(1)")
                        .given(onlyOffence(OffenceCategory.FRAUD, Penalty.imprisonmentYears(8)))
                        .assessing(UnAssessments.UNCAC_CONVENTION_OFFENCE, false)
                        .expect(NOT_APPLICABLE).expectFinding("uncac.46.1", FALSE),
                scenario("laundering the proceeds of bribery is a Convention offence when so assessed (art. 23)").cites("UNCAC art. 46(1)")
                        .given(onlyOffence(OffenceCategory.LAUNDERING, Penalty.imprisonmentYears(8)))
                        .assessing(UnAssessments.UNCAC_CONVENTION_OFFENCE, true)
                        .expect(GRANT_WITH_CONDITIONS).expectFinding("uncac.46.1", TRUE),
                scenario("proceedings against a company for bribery are covered (legal persons, art. 26)").cites("UNCAC art. 46(2)")
                        .given(b -> b.clearOffences().offence(org.openmla.core.model.Offence.builder().description("Bribery by a company")
                                .statutoryProvision("Code art. 246").maxPenalty(Penalty.imprisonmentYears(5)).category(OffenceCategory.CORRUPTION)
                                .legalPersonLiability(true).build()))
                        .expect(GRANT_WITH_CONDITIONS).expectFinding("uncac.46.1", TRUE),
                scenario("recovery of assets under chapter V is a listed purpose of assistance").cites("UNCAC art. 46(3)(k)")
                        .given(addMeasure(MeasureType.ASSET_RECOVERY))
                        .expect(GRANT_WITH_CONDITIONS).expectFinding("uncac.46.3.k", 2, TRUE)
                        .expectFinding("uncac.46.3.i", 2, Verdict.NOT_APPLICABLE),
                scenario("identifying, freezing and tracing proceeds under chapter V is a listed purpose of assistance").cites("UNCAC art. 46(3)(j)")
                        .given(addMeasure(MeasureType.FREEZING))
                        .expect(GRANT_WITH_CONDITIONS).expectFinding("uncac.46.3.j", 2, TRUE),
                scenario("non-coercive assistance shall be rendered without dual criminality").cites("UNCAC art. 46(9)(b)")
                        .given(b -> b.clearMeasures().measure(org.openmla.core.model.Measure.builder(MeasureType.TAKING_EVIDENCE)
                                .description("Hear a witness").build()))
                        .assessing(StandardAssessments.DUAL_CRIMINALITY, false)
                        .assessing(UnAssessments.DE_MINIMIS_MATTER, false).assessing(UnAssessments.AVAILABLE_UNDER_OTHER_PROVISIONS, false)
                        .assessing(UnAssessments.INCONSISTENT_WITH_BASIC_CONCEPTS, false)
                        .proposing(StandardGrounds.DUAL_CRIMINALITY)
                        .expect(GRANT_WITH_CONDITIONS).expectFinding("uncac.46.9.b", 0, Verdict.NOT_APPLICABLE)
                        .expectFinding("uncac.46.9.b.non-coercive", 0, TRUE)
                        .expectRefusalCheck(StandardGrounds.DUAL_CRIMINALITY, RefusalCheck.Answer.FORBIDDEN),
                scenario("non-coercive assistance in a de minimis matter may be refused without dual criminality").cites("UNCAC art. 46(9)(b)")
                        .given(b -> b.clearMeasures().measure(org.openmla.core.model.Measure.builder(MeasureType.TAKING_EVIDENCE)
                                .description("Hear a witness").build()))
                        .assessing(StandardAssessments.DUAL_CRIMINALITY, false)
                        .assessing(UnAssessments.DE_MINIMIS_MATTER, true).assessing(UnAssessments.AVAILABLE_UNDER_OTHER_PROVISIONS, false)
                        .assessing(UnAssessments.INCONSISTENT_WITH_BASIC_CONCEPTS, false)
                        .expect(MAY_REFUSE).expectFinding("uncac.46.9.b", 0, TRUE).expectFinding("uncac.46.9.b.de-minimis", 0, TRUE)
                        .expectFinding("uncac.46.9.b.non-coercive", 0, FALSE),
                scenario("non-coercive assistance available under other provisions of the Convention may be refused").cites("UNCAC art. 46(9)(b)")
                        .given(b -> b.clearMeasures().measure(org.openmla.core.model.Measure.builder(MeasureType.TAKING_EVIDENCE)
                                .description("Hear a witness").build()))
                        .assessing(StandardAssessments.DUAL_CRIMINALITY, false)
                        .assessing(UnAssessments.DE_MINIMIS_MATTER, false).assessing(UnAssessments.AVAILABLE_UNDER_OTHER_PROVISIONS, true)
                        .assessing(UnAssessments.INCONSISTENT_WITH_BASIC_CONCEPTS, false)
                        .expect(MAY_REFUSE).expectFinding("uncac.46.9.b.other-provisions", 0, TRUE),
                scenario("where non-coercive assistance would be inconsistent with the basic concepts of the legal system, the duty does not bite")
                        .cites("UNCAC art. 46(9)(b)")
                        .given(b -> b.clearMeasures().measure(org.openmla.core.model.Measure.builder(MeasureType.TAKING_EVIDENCE)
                                .description("Hear a witness").build()))
                        .assessing(StandardAssessments.DUAL_CRIMINALITY, false)
                        .assessing(UnAssessments.DE_MINIMIS_MATTER, false).assessing(UnAssessments.AVAILABLE_UNDER_OTHER_PROVISIONS, false)
                        .assessing(UnAssessments.INCONSISTENT_WITH_BASIC_CONCEPTS, true)
                        .expect(MAY_REFUSE).expectFinding("uncac.46.9.b", 0, TRUE).expectFinding("uncac.46.9.b.non-coercive", 0, FALSE),
                scenario("a coercive measure may be refused for absence of dual criminality").cites("UNCAC art. 46(9)(b)")
                        .given(onlyMeasure(MeasureType.SEARCH_AND_SEIZURE, PersonRole.SUSPECT))
                        .assessing(StandardAssessments.DUAL_CRIMINALITY, false)
                        .expect(MAY_REFUSE).expectFinding("uncac.46.9.b", 0, TRUE)
                        .expectFinding("uncac.46.9.b.non-coercive", 0, Verdict.NOT_APPLICABLE),
                scenario("absent dual criminality the coercive measure may be refused and the hearing must still be given: a partial grant")
                        .cites("UNCAC art. 46(9)(b)")
                        .assessing(StandardAssessments.DUAL_CRIMINALITY, false)
                        .assessing(UnAssessments.DE_MINIMIS_MATTER, false).assessing(UnAssessments.AVAILABLE_UNDER_OTHER_PROVISIONS, false)
                        .assessing(UnAssessments.INCONSISTENT_WITH_BASIC_CONCEPTS, false)
                        .expect(MAY_REFUSE).expectMeasures(MAY_REFUSE, GRANT_WITH_CONDITIONS)
                        .expectFinding("uncac.46.9.b", 0, TRUE).expectFinding("uncac.46.9.b", 1, Verdict.NOT_APPLICABLE),
                scenario("where the conduct is criminal in both States, dual criminality is met and is no ground").cites("UNCAC art. 46(9)(b)")
                        .expect(GRANT_WITH_CONDITIONS).expectFinding("uncac.46.9.b", 0, FALSE).expectFinding("uncac.46.9.b", 1, FALSE),
                scenario("a different name or category of the offence in the requested State's law is no ground (conduct test)")
                        .cites("UNCAC art. 43(2)")
                        .proposing(org.openmla.treaties.un.UnGrounds.OFFENCE_CATEGORY_OR_NAME_DIFFERS)
                        .expect(GRANT_WITH_CONDITIONS).expectFinding("uncac.43.2", TRUE)
                        .expectRefusalCheck(org.openmla.treaties.un.UnGrounds.OFFENCE_CATEGORY_OR_NAME_DIFFERS, RefusalCheck.Answer.FORBIDDEN),
                scenario("where a treaty binds the States, its dual criminality rule replaces 46(9), while 43(2) and 46(8) remain")
                        .cites("UNCAC art. 46(7)")
                        .assessing(StandardAssessments.MLA_TREATY_BINDS, true)
                        .assessing(StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS, false)
                        .proposing(org.openmla.treaties.un.UnGrounds.OFFENCE_CATEGORY_OR_NAME_DIFFERS).proposing(StandardGrounds.BANK_SECRECY)
                        .expect(GRANT).expectFinding("uncac.46.9.b", 0, Verdict.NOT_APPLICABLE).expectFinding("uncac.43.2", TRUE)
                        .expectFinding("uncac.46.8", TRUE)
                        .expectRefusalCheck(StandardGrounds.BANK_SECRECY, RefusalCheck.Answer.FORBIDDEN)
                        .expectRefusalCheck(org.openmla.treaties.un.UnGrounds.OFFENCE_CATEGORY_OR_NAME_DIFFERS, RefusalCheck.Answer.FORBIDDEN),
                scenario("before the Convention entered into force, it governs nothing").cites("UNCAC art. 46(1)")
                        .onLawDate(LocalDate.of(2005, 6, 1))
                        .expect(NOT_APPLICABLE));
    }

    static Stream<Scenario> scenarios() {
        List<Scenario> all = new ArrayList<>(uncacOnly());
        all.addAll(CommonParagraphScenarios.table(UNCAC));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario_from_the_treaty_text(Scenario s) {
        UnFixtures.runner(UNCAC).run(s);
    }

    @Test
    void every_rule_of_the_pack_is_exercised_by_a_scenario() {
        Set<String> exercised = new TreeSet<>();
        scenarios().forEach(s -> exercised.addAll(s.exercisedRules()));
        Set<String> rules = new TreeSet<>(UnPacks.uncac().rules().stream().map(Rule::id).toList());
        assertThat(exercised).containsAll(rules);
        assertThat(uncacOnly()).hasSizeGreaterThanOrEqualTo(15);
    }
}
