package org.openmla.treaties.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Outcome;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.decision.Verdict;
import org.openmla.testkit.fixtures.PackFixture;
import org.openmla.treaties.BuiltInPacks;
import org.openmla.treaties.PackScenarios;

/**
 * What the UN packs' scenario tables cannot say: the reason a decision gives for the paragraphs that give way to a
 * treaty, and which rules carry a caveat. The scenarios themselves are in {@code src/test/resources/scenarios/untoc},
 * {@code uncac} and {@code un-model-treaty} ({@link UnScenariosTest}).
 */
class UnPacksTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UNTOC, UNTOC art. 18, untoc/requests/drug-trafficking-network.json",
            "UNCAC, UNCAC art. 46, uncac/requests/bribery.json"})
    void where_a_treaty_binds_the_states_the_paragraphs_that_give_way_to_it_say_why(String packId, String article, String request) {
        var given = PackFixture.forPacks(BuiltInPacks.registry(), packId)
                .given(PackScenarios.request(request))
                .withRequestedStateProfile(UnFixtures.requestedProfile())
                .assessing(StandardAssessments.MLA_TREATY_BINDS, true)
                .assessing(StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS, false)
                .assessing(StandardAssessments.ESSENTIAL_INTERESTS, true);
        if (packId.equals("UNTOC")) {
            given = given.assessing(UnAssessments.TRANSNATIONAL_ORGANISED_CRIME, true); // UNTOC's scope; UNCAC does not ask it (the engine refuses it)
        }
        Decision d = given
                .whenEvaluatedOn(UnFixtures.LAW_DATE)
                .expectOutcome(Outcome.GRANT)
                .expectFinding(article + "(21)(b)", Verdict.NOT_APPLICABLE)
                .decision();

        assertThat(d.findingsCiting(article + "(21)(b)")).singleElement().satisfies(f -> assertThat(f.reason()).hasValueSatisfying(r -> assertThat(r)
                .contains("it applies only when paragraphs 9 to 29 are in play: the communication is a request (not information sent "
                        + "without one, paragraphs 4-5), and no treaty of mutual legal assistance binds the two States, or they agreed to "
                        + "apply these paragraphs instead (" + article + "(7))")));
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

    /** Paragraph 21(a): only consultation (paragraph 26) comes before a refusal; asking for information (16) is "may". */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"UNTOC, untoc.18.21.a", "UNCAC, uncac.46.21.a"})
    void non_conformity_requires_consultation_before_refusal_but_not_a_request_for_more_information(String packId, String ruleId) {
        Rule rule = (packId.equals("UNTOC") ? UnPacks.untoc() : UnPacks.uncac()).rules().stream().filter(r -> r.id().equals(ruleId))
                .findFirst().orElseThrow();

        assertThat(rule.statement()).contains("consults the requesting State (paragraph 26)", "allows but does not require")
                .doesNotContain("only after asking");
        assertThat(UnAssessments.REQUEST_NOT_IN_CONFORMITY.question()).doesNotContain("after asking");
    }
}
