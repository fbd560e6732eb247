package org.openmla.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmla.core.rules.Conditions.always;
import static org.openmla.core.rules.Conditions.assessed;
import static org.openmla.core.rules.Conditions.fact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Offence;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.Penalty;
import org.openmla.core.model.MeasureTarget;
import org.openmla.core.model.Person;
import org.openmla.core.model.PersonRole;
import org.openmla.core.engine.Assessment;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.EvaluationListener;
import org.openmla.core.decision.FactValue;
import org.openmla.core.decision.Finding;
import org.openmla.core.decision.MeasureResult;
import org.openmla.core.decision.OpenQuestion;
import org.openmla.core.decision.Outcome;
import org.openmla.core.engine.ProposedRefusal;
import org.openmla.core.decision.RefusalCheck;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.decision.Verdict;

class RulesEngineTest {

    static final LocalDate LAW_DATE = LocalDate.of(2026, 3, 1);
    static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    final RulesEngine engine = RulesEngine.of(RulePackRegistry.of(SmallPack.pack()));

    static Assessment assess(AssessmentKey key, boolean value) {
        return Assessment.of(key, value, "officer-17", AT, null);
    }

    /** All the standard assessments answered "no": nothing stands in the way. */
    static Evaluation.Builder cleared(MlaRequest request) {
        return Evaluation.of(request).pack("TESTLAND").lawDate(LAW_DATE)
                .assessment(assess(StandardAssessments.DISCRIMINATORY_PURPOSE, false))
                .assessment(assess(StandardAssessments.POLITICAL_OFFENCE, false))
                .assessment(assess(StandardAssessments.DUAL_CRIMINALITY, true))
                .assessment(assess(StandardAssessments.INTERFERES_WITH_PROCEEDINGS, false));
    }

    @Test
    void a_complete_request_with_nothing_against_it_is_granted_with_the_treaty_conditions() {
        Decision d = engine.evaluate(cleared(SmallPack.request().build()).build());

        assertThat(d.outcome()).isEqualTo(Outcome.GRANT_WITH_CONDITIONS);
        assertThat(d.partial()).isFalse();
        assertThat(d.conditions()).extracting(c -> c.citation().toString()).containsExactly("TESTLAND art. 7");
        assertThat(d.openQuestions()).isEmpty();
        assertThat(d.refusalReasons()).isEmpty();
        assertThat(d.deadlines()).singleElement().satisfies(dl -> assertThat(dl.limit()).isEqualTo(TimeLimit.days(30)));
        assertThat(d.packs()).containsExactly(new PackRef("TESTLAND", "1.0.0"));
        assertThat(d.lawDate()).isEqualTo(LAW_DATE);
    }

    @Test
    void missing_assessments_become_open_questions_and_the_outcome_waits() {
        Decision d = engine.evaluate(Evaluation.of(SmallPack.request().build()).pack("TESTLAND").lawDate(LAW_DATE).build());

        assertThat(d.outcome()).isEqualTo(Outcome.PENDING_ASSESSMENT);
        assertThat(d.openQuestions()).extracting(OpenQuestion::key)
                .contains("DISCRIMINATORY_PURPOSE", "POLITICAL_OFFENCE", "DUAL_CRIMINALITY", "INTERFERES_WITH_PROCEEDINGS");
        assertThat(d.openQuestions()).filteredOn(q -> q.key().equals("DISCRIMINATORY_PURPOSE")).singleElement()
                .satisfies(q -> {
                    assertThat(q.couldChangeOutcome()).isTrue();
                    assertThat(q.citations()).extracting(Citation::toString).containsExactly("TESTLAND art. 4(1)(a)");
                });
        // dual criminality binds only the coercive measure (index 0)
        assertThat(d.openQuestions()).filteredOn(q -> q.key().equals("DUAL_CRIMINALITY")).singleElement()
                .satisfies(q -> assertThat(q.measureIndex()).contains(0));
        assertThat(d.finding("tl.4.1.a").orElseThrow().verdict()).isEqualTo(Verdict.UNKNOWN);
        // a pending outcome names what it waits on, not the weaker outcome underneath
        assertThat(d.determiningRuleIds()).contains("tl.4.1.a", "tl.4.2.a", "tl.4.2.b").doesNotContain("tl.7");
        assertThat(d.determiningFindings()).allSatisfy(f -> assertThat(f.verdict()).isEqualTo(Verdict.UNKNOWN));
        assertThat(d.explain()).contains("waiting on: ").doesNotContain("determined by: ");
    }

    @Test
    void a_discretionary_ground_gives_may_refuse_with_ready_reasons_and_the_consultation_duty() {
        Decision d = engine.evaluate(cleared(SmallPack.request().build()).build().toBuilder().build());
        Evaluation political = replace(cleared(SmallPack.request().build()).build(), StandardAssessments.POLITICAL_OFFENCE, true);

        Decision refused = engine.evaluate(political);

        assertThat(d.outcome()).isEqualTo(Outcome.GRANT_WITH_CONDITIONS);
        assertThat(refused.outcome()).isEqualTo(Outcome.MAY_REFUSE);
        assertThat(refused.determiningRuleIds()).containsExactly("tl.4.2.a");
        assertThat(refused.refusalReasons()).singleElement().asString().startsWith("TESTLAND art. 4(2)(a)");
        assertThat(refused.consultations()).extracting(c -> c.citation().toString()).containsExactly("TESTLAND art. 8");
    }

    @Test
    void a_mandatory_ground_gives_must_refuse_even_while_discretionary_questions_are_open() {
        Evaluation e = Evaluation.of(SmallPack.request().build()).pack("TESTLAND").lawDate(LAW_DATE)
                .assessment(assess(StandardAssessments.DISCRIMINATORY_PURPOSE, true)).build();

        Decision d = engine.evaluate(e);

        assertThat(d.outcome()).isEqualTo(Outcome.MUST_REFUSE);
        assertThat(d.openQuestions()).isNotEmpty().allSatisfy(q -> assertThat(q.couldChangeOutcome()).isFalse());
    }

    @Test
    void a_request_without_a_summary_of_facts_is_deficient_not_refused() {
        MlaRequest incomplete = SmallPack.request().factsSummary(null).build();

        Decision d = engine.evaluate(cleared(incomplete).build());

        assertThat(d.outcome()).isEqualTo(Outcome.DEFICIENT);
        assertThat(d.determiningFindings()).extracting(Finding::cited).containsExactly("TESTLAND art. 3(1)(a)");
        assertThat(d.finding("tl.3.a").orElseThrow().facts())
                .containsExactly(new FactValue("the request contains a summary of the relevant facts", Truth.FALSE));
    }

    @Test
    void an_exception_removes_the_political_offence_ground_for_terrorism() {
        MlaRequest terrorism = SmallPack.request().clearOffences()
                .offence(Offence.builder().description("Financing of terrorism").category(OffenceCategory.TERRORISM)
                        .maxPenalty(Penalty.imprisonmentYears(15)).build())
                .build();
        Evaluation e = replace(cleared(terrorism).build(), StandardAssessments.POLITICAL_OFFENCE, true)
                .toBuilder().proposeRefusal(StandardGrounds.POLITICAL_OFFENCE).build();

        Decision d = engine.evaluate(e);

        assertThat(d.outcome()).isEqualTo(Outcome.GRANT_WITH_CONDITIONS);
        Finding political = d.finding("tl.4.2.a").orElseThrow();
        assertThat(political.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(political.exceptedBy()).contains("tl.4.3");
        assertThat(d.refusalChecks()).singleElement().satisfies(c -> {
            assertThat(c.answer()).isEqualTo(RefusalCheck.Answer.FORBIDDEN);
            assertThat(c.citations()).extracting(Citation::toString).containsExactly("TESTLAND art. 4(3)");
        });
    }

    @Test
    void dual_criminality_binds_the_coercive_measure_only_so_the_request_is_partly_granted() {
        Evaluation e = replace(cleared(SmallPack.request().build()).build(), StandardAssessments.DUAL_CRIMINALITY, false);

        Decision d = engine.evaluate(e);

        assertThat(d.partial()).isTrue();
        assertThat(d.measures()).extracting(MeasureResult::outcome).containsExactly(Outcome.MAY_REFUSE, Outcome.GRANT_WITH_CONDITIONS);
        assertThat(d.outcome()).isEqualTo(Outcome.MAY_REFUSE);
        assertThat(d.refusalReasons()).singleElement().asString().startsWith("Measure 1 (BANK_AND_BUSINESS_RECORDS): TESTLAND art. 4(2)(b)");
        assertThat(d.findings()).filteredOn(f -> f.ruleId().equals("tl.4.2.b")).extracting(Finding::verdict)
                .containsExactly(Verdict.TRUE, Verdict.NOT_APPLICABLE);
    }

    @Test
    void a_ground_found_for_one_measure_supports_refusing_that_measure_not_the_whole_request() {
        Evaluation e = replace(cleared(SmallPack.request().build()).build(), StandardAssessments.DUAL_CRIMINALITY, false).toBuilder()
                .proposeRefusal(StandardGrounds.DUAL_CRIMINALITY)
                .proposeRefusal(new ProposedRefusal("DUAL_CRIMINALITY", java.util.Optional.of(0)))
                .build();

        Decision d = engine.evaluate(e);

        assertThat(d.refusalChecks()).extracting(RefusalCheck::answer)
                .containsExactly(RefusalCheck.Answer.NOT_SUPPORTED, RefusalCheck.Answer.PERMITTED);
        assertThat(d.refusalChecks().get(0).explanation()).contains("holds only for measure(s) 1 of 2");
    }

    @Test
    void a_measure_specific_assessment_overrides_the_request_wide_one() {
        Evaluation e = cleared(SmallPack.request().build())
                .assessment(Assessment.ofMeasure(StandardAssessments.DUAL_CRIMINALITY, 0, false, "officer-17", AT, "not punishable here"))
                .build();

        Decision d = engine.evaluate(e);

        assertThat(d.measures().get(0).outcome()).isEqualTo(Outcome.MAY_REFUSE);
    }

    @Test
    void bank_secrecy_is_caught_as_a_forbidden_ground_before_the_refusal_is_sent() {
        Evaluation e = cleared(SmallPack.request().build()).proposeRefusal(StandardGrounds.BANK_SECRECY)
                .proposeRefusal(StandardGrounds.NE_BIS_IN_IDEM).proposeRefusal(StandardGrounds.POLITICAL_OFFENCE).build();

        Decision d = engine.evaluate(e);

        assertThat(d.refusalChecks()).extracting(RefusalCheck::answer).containsExactly(
                RefusalCheck.Answer.FORBIDDEN, RefusalCheck.Answer.NOT_PROVIDED, RefusalCheck.Answer.NOT_SUPPORTED);
        assertThat(d.refusalChecks().get(0).citations()).extracting(Citation::toString).containsExactly("TESTLAND art. 5");
        assertThat(d.findingsCiting("TESTLAND art. 5")).singleElement().satisfies(f -> assertThat(f.isAdverse()).isTrue());
    }

    @Test
    void a_transfer_without_consent_cannot_be_executed() {
        MlaRequest transfer = SmallPack.request().clearMeasures()
                .person(Person.builder("p2", PersonRole.DETAINED_PERSON).build())
                .measure(Measure.builder(MeasureType.TEMPORARY_TRANSFER_OF_DETAINED_PERSON).target(MeasureTarget.person("p2")).build())
                .build();
        Decision withoutConsent = engine.evaluate(cleared(transfer).assessment(assess(SmallPack.CONSENT, false)).build());
        Decision consentUnknown = engine.evaluate(cleared(transfer).build());

        assertThat(withoutConsent.outcome()).isEqualTo(Outcome.MUST_REFUSE);
        assertThat(withoutConsent.determiningRuleIds()).containsExactly("tl.9");
        assertThat(consentUnknown.outcome()).isEqualTo(Outcome.PENDING_ASSESSMENT);
    }

    @Test
    void postponement_is_not_a_refusal() {
        Decision d = engine.evaluate(replace(cleared(SmallPack.request().build()).build(), StandardAssessments.INTERFERES_WITH_PROCEEDINGS, true));

        assertThat(d.outcome()).isEqualTo(Outcome.POSTPONE);
        assertThat(d.refusalReasons()).isEmpty();
    }

    @Test
    void urgent_requests_get_the_urgent_time_limit() {
        Decision d = engine.evaluate(cleared(SmallPack.request().urgent("Suspect about to move funds").build()).build());

        assertThat(d.deadlines()).singleElement().satisfies(dl -> {
            assertThat(dl.urgent()).isTrue();
            assertThat(dl.limit()).isEqualTo(TimeLimit.days(5));
        });
    }

    @Test
    void a_pack_not_in_force_on_the_law_date_does_not_apply_and_says_so() {
        Decision d = engine.evaluate(cleared(SmallPack.request().build()).lawDate(LocalDate.of(1999, 1, 1)).build());

        assertThat(d.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(d.legalBasisNotes()).singleElement().satisfies(n -> assertThat(n.reason()).contains("not in force on 1999-01-01"));
        assertThat(d.refusalReasons()).isEmpty();
    }

    @Test
    void a_request_outside_the_scope_is_not_applicable_rather_than_refused() {
        MlaRequest military = SmallPack.request().clearOffences()
                .offence(Offence.builder().description("Desertion").category(OffenceCategory.MILITARY_OFFENCE).build()).build();

        Decision d = engine.evaluate(cleared(military).build());

        assertThat(d.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(d.legalBasisNotes()).singleElement().satisfies(n -> assertThat(n.citations()).extracting(Citation::toString)
                .containsExactly("TESTLAND art. 1(1)"));
        assertThat(d.finding("tl.4.2.a").orElseThrow().verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    void the_decision_explains_itself_in_text() {
        Decision d = engine.evaluate(Evaluation.of(SmallPack.request().factsSummary(null).build()).pack("TESTLAND").lawDate(LAW_DATE).build());

        String text = d.explain();

        assertThat(text).contains("Outcome: DEFICIENT", "TESTLAND art. 3(1)(a)", "the request contains a summary of the relevant facts: FALSE",
                "Open questions", "POLITICAL_OFFENCE", "Rules not applicable");
        assertThat(text).doesNotContain("Test Person");
    }

    @Nested
    class FailingClosed {
        @Test
        void a_rule_that_throws_gives_an_engine_error_never_a_grant() {
            RulePack broken = RulePack.builder("BROKEN", "1.0.0")
                    .rule(Rule.builder("b.1", "BROKEN art. 1").discretionaryRefusal(StandardGrounds.ESSENTIAL_INTERESTS)
                            .statement("A rule whose author made a mistake.")
                            .when(fact("a fact that cannot be computed", f -> { throw new IllegalStateException("boom"); })).build())
                    .build();
            List<String> errors = new ArrayList<>();
            RulesEngine withListener = RulesEngine.builder(RulePackRegistry.of(broken))
                    .listener(new EvaluationListener() {
                        @Override
                        public void onRuleError(String packId, String ruleId, Throwable error) {
                            errors.add(packId + "/" + ruleId);
                        }
                    }).build();

            Decision d = withListener.evaluate(Evaluation.of(SmallPack.request().build()).pack("BROKEN").lawDate(LAW_DATE).build());

            assertThat(d.outcome()).isEqualTo(Outcome.ENGINE_ERROR);
            assertThat(d.isGrant()).isFalse();
            assertThat(d.errors()).singleElement().satisfies(f -> assertThat(f.reason()).hasValueSatisfying(r -> assertThat(r).contains("IllegalStateException")));
            assertThat(errors).containsExactly("BROKEN/b.1");
        }

        @Test
        void two_applicable_exceptions_that_disagree_are_a_conflict_not_a_coin_toss() {
            RulePack conflicting = RulePack.builder("CONFLICT", "1.0.0")
                    .rule(Rule.builder("c.1", "CONFLICT art. 1").discretionaryRefusal(StandardGrounds.DUAL_CRIMINALITY)
                            .statement("Base ground.").when(always()).build())
                    .rule(Rule.exception("c.2", "CONFLICT art. 2")
                            .statement("One exception removes the ground.").to("c.1", ExceptionEffect.DISAPPLY).when(always()).build())
                    .rule(Rule.exception("c.3", "CONFLICT art. 3")
                            .statement("Another forces it to false.").to("c.1", ExceptionEffect.FORCE_FALSE).when(always()).build())
                    .build();

            Decision d = RulesEngine.of(RulePackRegistry.of(conflicting))
                    .evaluate(Evaluation.of(SmallPack.request().build()).pack("CONFLICT").lawDate(LAW_DATE).build());

            assertThat(d.outcome()).isEqualTo(Outcome.ENGINE_ERROR);
            assertThat(d.finding("c.1").orElseThrow().reason()).hasValueSatisfying(r -> assertThat(r).contains("pack conflict", "c.2", "c.3"));
        }
    }

    @Test
    void a_fact_the_request_does_not_state_is_asked_for_not_guessed() {
        RulePack languages = RulePack.builder("LANG", "1.0.0")
                .rule(Rule.builder("lang.1", "LANG art. 1").formalRequirement()
                        .statement("The request is in a language the requested State accepts.").when(Conditions.inAcceptedLanguage()).build())
                .build();

        Decision d = RulesEngine.of(RulePackRegistry.of(languages))
                .evaluate(Evaluation.of(SmallPack.request().build()).pack("LANG").lawDate(LAW_DATE).build());

        assertThat(d.outcome()).isEqualTo(Outcome.PENDING_ASSESSMENT);
        assertThat(d.openQuestions()).singleElement().satisfies(q -> {
            assertThat(q.key()).isEqualTo(OpenQuestion.INFORMATION_NEEDED);
            assertThat(q.question()).contains("the request is in a language the requested State accepts");
            assertThat(q.ruleIds()).containsExactly("lang.1");
            assertThat(q.couldChangeOutcome()).isTrue();
        });
    }

    @Test
    void an_exception_to_a_scope_rule_that_does_not_apply_leaves_the_instrument_applicable() {
        RulePack scoped = RulePack.builder("SCOPED", "1.0.0")
                .rule(Rule.builder("s.1", "SCOPED art. 1").scope().statement("Covers every request.").when(always()).build())
                .rule(Rule.exception("s.2", "SCOPED art. 2").statement("Except military offences.")
                        .to("s.1", ExceptionEffect.FORCE_FALSE)
                        .when(Conditions.offenceInCategory(OffenceCategory.MILITARY_OFFENCE)).build())
                .rule(Rule.builder("s.3", "SCOPED art. 3").condition().statement("Use is limited.").when(always()).build())
                .build();

        Decision d = RulesEngine.of(RulePackRegistry.of(scoped))
                .evaluate(Evaluation.of(SmallPack.request().build()).pack("SCOPED").lawDate(LAW_DATE).build());

        assertThat(d.outcome()).isEqualTo(Outcome.GRANT_WITH_CONDITIONS);
        assertThat(d.legalBasisNotes()).isEmpty();
        assertThat(d.finding("s.2").orElseThrow().verdict()).isEqualTo(Verdict.FALSE);
    }

    @Nested
    class NeverPermitWhatMayBeForbidden {
        final AssessmentKey bound = AssessmentKey.of("BOUND_BY_PROTOCOL", "Are both States bound by the protocol?");

        @Test
        void an_exception_whose_applicability_is_unknown_does_not_apply_yet() {
            RulePack pack = RulePack.builder("WIDENED", "1.0.0")
                    .rule(Rule.builder("w.1", "WIDENED art. 1").scope().statement("Covers criminal proceedings only.")
                            .when(Conditions.never()).build())
                    .rule(Rule.exception("w.2", "WIDENED art. 2").statement("Between protocol parties, also administrative proceedings.")
                            .to("w.1", ExceptionEffect.FORCE_TRUE).appliesWhen(assessed(bound)).when(always()).build())
                    .rule(Rule.builder("w.3", "WIDENED art. 3").condition().statement("Use is limited.").when(always()).build())
                    .build();

            Decision d = RulesEngine.of(RulePackRegistry.of(pack))
                    .evaluate(Evaluation.of(SmallPack.request().build()).pack("WIDENED").lawDate(LAW_DATE).build());

            assertThat(d.finding("w.2").orElseThrow().verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(d.finding("w.1").orElseThrow().verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(d.outcome()).isEqualTo(Outcome.PENDING_ASSESSMENT);
            assertThat(d.openQuestions()).extracting(OpenQuestion::key).containsExactly("BOUND_BY_PROTOCOL");
        }

        RulePack fiscal() {
            return RulePack.builder("FISCALX", "1.0.0")
                    .rule(Rule.builder("f.1", "FISCALX art. 1").discretionaryRefusal(StandardGrounds.FISCAL_OFFENCE)
                            .statement("Assistance may be refused for a fiscal offence.").when(always()).build())
                    .rule(Rule.builder("f.2", "FISCALX art. 2").notAGround(StandardGrounds.FISCAL_OFFENCE)
                            .statement("Between protocol parties, the fiscal nature of the offence is not a ground for refusal.")
                            .when(assessed(bound)).build())
                    .build();
        }

        @Test
        void a_ground_that_holds_is_not_permitted_while_the_instrument_may_still_forbid_it() {
            Decision d = RulesEngine.of(RulePackRegistry.of(fiscal())).evaluate(Evaluation.of(SmallPack.request().build()).pack("FISCALX")
                    .lawDate(LAW_DATE).proposeRefusal(StandardGrounds.FISCAL_OFFENCE).build());

            assertThat(d.refusalChecks()).singleElement().satisfies(c -> {
                assertThat(c.answer()).isEqualTo(RefusalCheck.Answer.PENDING_ASSESSMENT);
                assertThat(c.citations()).extracting(Citation::toString).containsExactly("FISCALX art. 2");
            });
        }

        @Test
        void once_the_protocol_is_known_not_to_bind_the_ground_is_permitted_and_given_once_in_the_reasons() {
            Decision d = RulesEngine.of(RulePackRegistry.of(fiscal())).evaluate(Evaluation.of(SmallPack.request().build()).pack("FISCALX")
                    .lawDate(LAW_DATE).assessment(assess(bound, false)).proposeRefusal(StandardGrounds.FISCAL_OFFENCE).build());

            assertThat(d.refusalChecks()).singleElement().satisfies(c -> assertThat(c.answer()).isEqualTo(RefusalCheck.Answer.PERMITTED));
            assertThat(d.refusalReasons()).singleElement().asString().startsWith("FISCALX art. 1 — ");
        }

        @Test
        void a_proposal_for_a_measure_the_request_does_not_have_is_malformed() {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Evaluation.of(SmallPack.request().build()).pack("TESTLAND").lawDate(LAW_DATE)
                            .proposeRefusal(new ProposedRefusal("DUAL_CRIMINALITY", java.util.Optional.of(9))).build())
                    .isInstanceOf(org.openmla.core.InvalidValueException.class).hasMessageContaining("measure 9");
        }
    }

    @Test
    void the_same_input_gives_the_identical_decision_and_a_different_input_a_different_id() {
        Evaluation e = cleared(SmallPack.request().build()).build();

        Decision first = engine.evaluate(e);
        Decision second = RulesEngine.of(RulePackRegistry.of(SmallPack.pack())).evaluate(e);
        Decision other = engine.evaluate(replace(e, StandardAssessments.POLITICAL_OFFENCE, true));

        assertThat(second).isEqualTo(first);
        assertThat(second.explain()).isEqualTo(first.explain());
        assertThat(other.decisionId()).isNotEqualTo(first.decisionId());
        assertThat(other.inputDigest()).isNotEqualTo(first.inputDigest());
    }

    @Test
    void many_threads_sharing_one_engine_get_identical_decisions() throws Exception {
        Evaluation e = replace(cleared(SmallPack.request().build()).build(), StandardAssessments.DUAL_CRIMINALITY, false);
        Decision expected = engine.evaluate(e);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Decision>> tasks = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                tasks.add(() -> engine.evaluate(e));
            }
            for (Future<Decision> f : pool.invokeAll(tasks)) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A decision's findings and reasons for refusal are made when first asked for (the engine keeps its results in
     * columns until then); what a caller sees must be what an eager decision would hold.
     */
    @Nested
    class Lazily_built_parts {
        final Evaluation refused = replace(cleared(SmallPack.request().build()).build(), StandardAssessments.DISCRIMINATORY_PURPOSE, true);

        @Test
        void findings_are_made_once_and_the_list_is_unmodifiable() {
            Decision d = engine.evaluate(refused);

            assertThat(d.findings()).isNotEmpty().doesNotContainNull();
            assertThat(d.findings().get(0)).isSameAs(d.findings().get(0));
            assertThatThrownBy(() -> d.findings().add(d.findings().get(0))).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> d.findings().set(0, d.findings().get(1))).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> d.findings().remove(0)).isInstanceOf(UnsupportedOperationException.class);
            Finding withFacts = d.findings().stream().filter(f -> f.facts().size() > 1).findFirst().orElseThrow();
            List<FactValue> facts = withFacts.facts();
            assertThat(facts).isEqualTo(List.copyOf(facts)).hasSameHashCodeAs(List.copyOf(facts)).doesNotContainNull();
            assertThatThrownBy(() -> facts.set(0, facts.get(1))).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> facts.get(facts.size())).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> facts.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        }

        @Test
        void a_decision_equals_one_built_from_copies_of_its_parts() {
            Decision d = engine.evaluate(refused);
            Decision copy = new Decision(d.decisionId(), d.inputDigest(), d.requestId(), d.lawDate(), d.packs(), d.outcome(), d.partial(),
                    d.measures(), d.determiningRuleIds(), new ArrayList<>(d.findings()), d.openQuestions(), d.conditions(), d.consultations(),
                    d.deadlines(), d.refusalChecks(), new ArrayList<>(d.refusalReasons()), d.legalBasisNotes());

            assertThat(copy).isEqualTo(d).hasSameHashCodeAs(d);
            assertThat(copy.explain()).isEqualTo(d.explain());
            assertThat(d.outcome()).isEqualTo(Outcome.MUST_REFUSE);
            assertThat(d.refusalReasons()).singleElement().asString().startsWith("TESTLAND art. 4(1)(a) — ");
        }

        @Test
        void threads_reading_one_decision_for_the_first_time_see_the_same_findings_and_reasons() throws Exception {
            Decision expected = engine.evaluate(refused);
            List<Finding> findings = List.copyOf(expected.findings());
            List<String> reasons = List.copyOf(expected.refusalReasons());
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                for (int round = 0; round < 50; round++) {
                    Decision d = engine.evaluate(refused); // fresh: nothing made yet
                    List<Callable<List<Object>>> tasks = new ArrayList<>();
                    for (int i = 0; i < 8; i++) {
                        tasks.add(() -> List.of(List.copyOf(d.findings()), d.refusalReasons(), d.findings().get(d.findings().size() - 1)));
                    }
                    for (Future<List<Object>> f : pool.invokeAll(tasks)) {
                        assertThat(f.get().get(0)).isEqualTo(findings);
                        assertThat(f.get().get(1)).isEqualTo(reasons);
                        assertThat(f.get().get(2)).isSameAs(d.findings().get(d.findings().size() - 1));
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void naming_a_pack_that_is_not_registered_is_a_configuration_error() {
        assertThatThrownBy(() -> engine.evaluate(Evaluation.of(SmallPack.request().build()).pack("UNKNOWN").lawDate(LAW_DATE).build()))
                .isInstanceOf(RulePackException.class).hasMessageContaining("UNKNOWN").hasMessageContaining("TESTLAND");
    }

    static Evaluation replace(Evaluation e, AssessmentKey key, boolean value) {
        List<Assessment> kept = e.assessments().stream().filter(a -> !a.key().equals(key.id())).toList();
        return new Evaluation(e.request(), e.packs(), e.lawDate(), e.requestedState(), e.requestingState(),
                concat(kept, assess(key, value)), e.proposedRefusals());
    }

    static <T> List<T> concat(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
