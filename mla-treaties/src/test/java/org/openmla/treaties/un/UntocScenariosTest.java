package org.openmla.treaties.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.rules.Outcome.GRANT;
import static org.openmla.core.rules.Outcome.GRANT_WITH_CONDITIONS;
import static org.openmla.core.rules.Outcome.MAY_REFUSE;
import static org.openmla.core.rules.Outcome.NOT_APPLICABLE;
import static org.openmla.core.rules.Outcome.PENDING_ASSESSMENT;
import static org.openmla.core.rules.Verdict.FALSE;
import static org.openmla.core.rules.Verdict.TRUE;
import static org.openmla.treaties.scenario.Scenario.scenario;
import static org.openmla.treaties.un.UnFixtures.UNTOC;
import static org.openmla.treaties.un.UnFixtures.addMeasure;
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
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.Verdict;
import org.openmla.treaties.scenario.Scenario;

/** UNTOC art. 18, scenario by scenario, written from the Convention's text (legal reference section 2). */
class UntocScenariosTest {

    static List<Scenario> untocOnly() {
        return List.of(
                scenario("a complete request on a transnational drug-trafficking network is granted on the article's conditions")
                        .cites("UNTOC art. 18(1)")
                        .expect(GRANT_WITH_CONDITIONS).expectFinding("untoc.18.1", TRUE).expectFinding("untoc.18.3", 0, TRUE)
                        .expectFinding("untoc.18.8", TRUE).expectFinding("untoc.18.9", FALSE).expectCondition("untoc.18.19"),
                scenario("an offence punishable by three years that is not an art. 5, 6, 8 or 23 offence is outside the Convention")
                        .cites("UNTOC art. 18(1)")
                        .given(onlyOffence(OffenceCategory.FRAUD, Penalty.imprisonmentYears(3)))
                        .assessing(UnAssessments.UNTOC_CONVENTION_OFFENCE, false)
                        .expect(NOT_APPLICABLE).expectFinding("untoc.18.1", FALSE)
                        .expectFinding("untoc.18.21.b", Verdict.NOT_APPLICABLE),
                scenario("laundering is covered whatever its penalty (art. 6)").cites("UNTOC art. 18(1)")
                        .given(onlyOffence(OffenceCategory.LAUNDERING, Penalty.imprisonmentYears(2)))
                        .expect(GRANT_WITH_CONDITIONS).expectFinding("untoc.18.1", TRUE),
                scenario("corruption of a public official under art. 8 is covered though punishable by less than four years")
                        .cites("UNTOC art. 18(1)")
                        .given(onlyOffence(OffenceCategory.CORRUPTION, Penalty.imprisonmentYears(3)))
                        .assessing(UnAssessments.UNTOC_CONVENTION_OFFENCE, true)
                        .expect(GRANT_WITH_CONDITIONS).expectFinding("untoc.18.1", TRUE),
                scenario("life imprisonment is 'a more serious penalty' than four years (art. 2(b))").cites("UNTOC art. 18(1)")
                        .given(onlyOffence(OffenceCategory.MURDER_GRIEVOUS_BODILY_INJURY, Penalty.life()))
                        .expect(GRANT_WITH_CONDITIONS).expectFinding("untoc.18.1", TRUE),
                scenario("a serious crime that is neither transnational nor organised is outside the Convention").cites("UNTOC art. 18(1)")
                        .assessing(UnAssessments.TRANSNATIONAL_ORGANISED_CRIME, false)
                        .expect(NOT_APPLICABLE).expectFinding("untoc.18.1", FALSE),
                scenario("until transnationality and an organized criminal group are assessed, the scope is open").cites("UNTOC art. 18(1)")
                        .notAssessing(UnAssessments.TRANSNATIONAL_ORGANISED_CRIME)
                        .expect(PENDING_ASSESSMENT).expectOpenQuestion(UnAssessments.TRANSNATIONAL_ORGANISED_CRIME)
                        .expectFinding("untoc.18.1", Verdict.UNKNOWN),
                scenario("an offence without a stated penalty and of no listed kind leaves the scope open").cites("UNTOC art. 18(1)")
                        .given(b -> b.clearOffences().offence(org.openmla.core.model.Offence.builder().description("An offence").build()))
                        .expect(PENDING_ASSESSMENT).expectOpenQuestion(UnAssessments.UNTOC_CONVENTION_OFFENCE),
                scenario("proceedings against a company for laundering are covered (legal persons, art. 10)").cites("UNTOC art. 18(2)")
                        .given(b -> b.clearOffences().offence(org.openmla.core.model.Offence.builder().description("Laundering by a company")
                                .statutoryProvision("Code art. 505").maxPenalty(Penalty.imprisonmentYears(5)).category(OffenceCategory.LAUNDERING)
                                .legalPersonLiability(true).build()))
                        .expect(GRANT_WITH_CONDITIONS).expectFinding("untoc.18.1", TRUE),
                scenario("absence of dual criminality is a discretionary ground for every measure, coercive or not").cites("UNTOC art. 18(9)")
                        .assessing(StandardAssessments.DUAL_CRIMINALITY, false)
                        .expect(MAY_REFUSE).expectMeasures(MAY_REFUSE, MAY_REFUSE).expectFinding("untoc.18.9", TRUE)
                        .expectReasonCiting("UNTOC art. 18(9)").expectFinding("untoc.18.26", FALSE),
                scenario("where a bilateral treaty binds the States, its rule on dual criminality replaces paragraph 9").cites("UNTOC art. 18(9)")
                        .assessing(StandardAssessments.DUAL_CRIMINALITY, false)
                        .assessing(StandardAssessments.MLA_TREATY_BINDS, true)
                        .assessing(StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS, false)
                        .expect(GRANT).expectFinding("untoc.18.9", Verdict.NOT_APPLICABLE),
                scenario("recovery of assets is only 'other assistance' under UNTOC (contrast UNCAC art. 46(3)(k))").cites("UNTOC art. 18(3)(i)")
                        .given(addMeasure(MeasureType.ASSET_RECOVERY))
                        .assessingMeasure(2, StandardAssessments.MEASURE_NOT_AVAILABLE, false)
                        .expect(GRANT_WITH_CONDITIONS).expectFinding("untoc.18.3.i", 2, TRUE),
                scenario("before the Convention entered into force, it governs nothing").cites("UNTOC art. 18(1)")
                        .onLawDate(LocalDate.of(2002, 6, 1))
                        .expect(NOT_APPLICABLE));
    }

    static Stream<Scenario> scenarios() {
        List<Scenario> all = new ArrayList<>(untocOnly());
        all.addAll(CommonParagraphScenarios.table(UNTOC));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario_from_the_treaty_text(Scenario s) {
        UnFixtures.runner(UNTOC).run(s);
    }

    @Test
    void every_rule_of_the_pack_is_exercised_by_a_scenario() {
        Set<String> exercised = new TreeSet<>();
        scenarios().forEach(s -> exercised.addAll(s.exercisedRules()));
        Set<String> rules = new TreeSet<>(UnPacks.untoc().rules().stream().map(Rule::id).toList());
        assertThat(exercised).containsAll(rules);
        assertThat(scenarios().count()).isGreaterThanOrEqualTo(15);
    }
}
