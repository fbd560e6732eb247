package org.openmla.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.lifecycle.LifecyclePack.*;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Outcome;
import org.openmla.core.rules.TimeLimit;

/** Each guard, met and not met, on real decisions of the LCX test pack. */
class GuardTest {

    static final String REASONS = "Reasons as recorded in the file.";
    static final Clock NOW = clockAt("2026-03-05T08:00:00Z");
    static final RequestLifecycle LIFECYCLE = RequestLifecycle.standard();

    /**
     * A guard's scenario: a case, a command that fails the guard and one that differs only in what the guard checks
     * and is applied.
     */
    record Scenario(Supplier<RequestCase> given, Function<RequestCase, Command> failing, Function<RequestCase, Command> passing, Clock failingClock) {
        Scenario(Supplier<RequestCase> given, Function<RequestCase, Command> failing, Function<RequestCase, Command> passing) {
            this(given, failing, passing, NOW);
        }
    }

    static RequestCase inState(CaseState s) {
        return CaseWalk.caseIn(s);
    }

    /** Under review, the first decision recorded, but no consultation held. */
    static RequestCase unconsulted() {
        return CaseWalk.from("2026-03-02T08:00:00Z").then(CommandType.RECEIVE).then(v -> Command.recordDecision(OFFICER, v, GRANTED))
                .then(CommandType.START_REVIEW).get();
    }

    static RequestCase acknowledged() {
        return CaseWalk.from("2026-03-02T08:00:00Z").then(CommandType.RECEIVE).then(CommandType.ACKNOWLEDGE).get();
    }

    /** In execution of measures 1 and 2 only, measure 0 having been refused for lack of dual criminality. */
    static RequestCase executingPartOfTheRequest() {
        return CaseWalk.from(inState(CaseState.UNDER_REVIEW), java.time.Instant.parse("2026-03-04T08:00:00Z"))
                .then(v -> Command.acceptMeasures(OFFICER, v, NO_DUAL_CRIMINALITY, List.of(1, 2)).because(REASONS))
                .then(CommandType.START_EXECUTION).get();
    }

    static RequestCase decisionDeadlineExtendedBy20Days() {
        return CaseWalk.from(inState(CaseState.UNDER_REVIEW), java.time.Instant.parse("2026-03-04T08:00:00Z"))
                .then(v -> Command.extendDeadline(OFFICER, v, DECIDE, TimeLimit.days(20)).because(REASONS)).get();
    }

    static Command refuse(RequestCase c, Decision d, String... grounds) {
        return Command.refuse(OFFICER, c.version(), d, grounds).because(REASONS);
    }

    static Command extend(RequestCase c, String ruleId, TimeLimit by) {
        return Command.extendDeadline(OFFICER, c.version(), ruleId, by).because(REASONS);
    }

    static final Map<Guard, Scenario> SCENARIOS = new EnumMap<>(Guard.class);

    static {
        Supplier<RequestCase> review = () -> inState(CaseState.UNDER_REVIEW);
        SCENARIOS.put(Guard.HISTORY_IN_ORDER, new Scenario(review, c -> Command.of(CommandType.REQUEST_INFORMATION, OFFICER, c.version()),
                c -> Command.of(CommandType.REQUEST_INFORMATION, OFFICER, c.version()), clockAt("2026-03-01T00:00:00Z")));
        SCENARIOS.put(Guard.ACKNOWLEDGE_ONCE, new Scenario(GuardTest::acknowledged,
                c -> Command.of(CommandType.ACKNOWLEDGE, OFFICER, c.version()), c -> Command.of(CommandType.START_REVIEW, OFFICER, c.version())));
        SCENARIOS.put(Guard.ARREST_ONCE, new Scenario(() -> CaseWalk.from(inState(CaseState.UNDER_REVIEW), java.time.Instant.parse("2026-03-04T08:00:00Z"))
                        .then(CommandType.RECORD_ARREST).get(),
                c -> Command.of(CommandType.RECORD_ARREST, OFFICER, c.version()), c -> Command.of(CommandType.RECORD_CONSENT_TO_SURRENDER, OFFICER, c.version())));
        SCENARIOS.put(Guard.CONSENT_TO_SURRENDER_ONCE, new Scenario(() -> CaseWalk.from(inState(CaseState.UNDER_REVIEW),
                        java.time.Instant.parse("2026-03-04T08:00:00Z")).then(CommandType.RECORD_CONSENT_TO_SURRENDER).get(),
                c -> Command.of(CommandType.RECORD_CONSENT_TO_SURRENDER, OFFICER, c.version()), c -> Command.of(CommandType.RECORD_ARREST, OFFICER, c.version())));
        SCENARIOS.put(Guard.REFUSE_GROUNDS_COVER_EVERY_MEASURE, new Scenario(review,
                c -> refuse(c, NO_DUAL_CRIMINALITY, "DUAL_CRIMINALITY"), c -> refuse(c, ESSENTIAL_INTERESTS, "ESSENTIAL_INTERESTS")));
        // a grant recorded, then replaced by a decision that bars acceptance: the old grant may not be used again
        SCENARIOS.put(Guard.DECISION_NOT_SUPERSEDED, new Scenario(() -> CaseWalk.from(inState(CaseState.UNDER_REVIEW),
                        java.time.Instant.parse("2026-03-04T08:00:00Z")).then(v -> Command.recordDecision(OFFICER, v, DISCRIMINATORY)).get(),
                c -> Command.accept(OFFICER, c.version(), GRANTED), c -> Command.accept(OFFICER, c.version(), LifecyclePack.GRANTED_AGAIN)));
        SCENARIOS.put(Guard.DECISION_SAME_REQUEST, new Scenario(review,
                c -> Command.recordDecision(OFFICER, c.version(), OTHER_REQUEST), c -> Command.recordDecision(OFFICER, c.version(), GRANTED)));
        SCENARIOS.put(Guard.DECISION_COMPLETE, new Scenario(review,
                c -> refuse(c, ENGINE_ERROR, "ESSENTIAL_INTERESTS"), c -> refuse(c, ESSENTIAL_INTERESTS, "ESSENTIAL_INTERESTS")));
        SCENARIOS.put(Guard.ACCEPT_OUTCOME_ALLOWS, new Scenario(review,
                c -> Command.accept(OFFICER, c.version(), DISCRIMINATORY), c -> Command.accept(OFFICER, c.version(), ESSENTIAL_INTERESTS)));
        SCENARIOS.put(Guard.ACCEPT_NO_OPEN_MANDATORY_QUESTION, new Scenario(review,
                c -> Command.accept(OFFICER, c.version(), DISCRIMINATION_OPEN), c -> Command.accept(OFFICER, c.version(), POLITICAL_OPEN)));
        SCENARIOS.put(Guard.ACCEPT_MEASURES_EXIST, new Scenario(review,
                c -> Command.acceptMeasures(OFFICER, c.version(), GRANTED, List.of(0, 5)).because(REASONS),
                c -> Command.acceptMeasures(OFFICER, c.version(), GRANTED, List.of(0, 1, 2))));
        SCENARIOS.put(Guard.ACCEPT_PARTIAL_REASONS_GIVEN, new Scenario(review,
                c -> Command.acceptMeasures(OFFICER, c.version(), NO_DUAL_CRIMINALITY, List.of(1, 2)),
                c -> Command.acceptMeasures(OFFICER, c.version(), NO_DUAL_CRIMINALITY, List.of(1, 2)).because(REASONS)));
        SCENARIOS.put(Guard.ACCEPT_PARTIAL_CONSULTED, new Scenario(GuardTest::unconsulted,
                c -> Command.acceptMeasures(OFFICER, c.version(), NO_DUAL_CRIMINALITY, List.of(1, 2)).because(REASONS),
                c -> Command.accept(OFFICER, c.version(), NO_DUAL_CRIMINALITY)));
        SCENARIOS.put(Guard.REFUSE_REASONS_GIVEN, new Scenario(review,
                c -> Command.refuse(OFFICER, c.version(), ESSENTIAL_INTERESTS, "ESSENTIAL_INTERESTS"), c -> refuse(c, ESSENTIAL_INTERESTS, "ESSENTIAL_INTERESTS")));
        SCENARIOS.put(Guard.REFUSE_GROUNDS_CITED, new Scenario(review,
                c -> refuse(c, ESSENTIAL_INTERESTS, new String[0]), c -> refuse(c, ESSENTIAL_INTERESTS, "ESSENTIAL_INTERESTS")));
        SCENARIOS.put(Guard.REFUSE_GROUNDS_FOUND, new Scenario(review,
                c -> refuse(c, ESSENTIAL_INTERESTS, "POLITICAL_OFFENCE"), c -> refuse(c, ESSENTIAL_INTERESTS, "ESSENTIAL_INTERESTS")));
        SCENARIOS.put(Guard.REFUSE_NO_FORBIDDEN_GROUND, new Scenario(review,
                c -> refuse(c, ESSENTIAL_INTERESTS, "ESSENTIAL_INTERESTS", "BANK_SECRECY"), c -> refuse(c, ESSENTIAL_INTERESTS, "ESSENTIAL_INTERESTS")));
        SCENARIOS.put(Guard.REFUSE_CONSULTED, new Scenario(GuardTest::unconsulted,
                c -> refuse(c, ESSENTIAL_INTERESTS, "ESSENTIAL_INTERESTS"), c -> Command.of(CommandType.CONSULT, OFFICER, c.version())));
        SCENARIOS.put(Guard.POSTPONE_REASONS_GIVEN, new Scenario(review,
                c -> Command.postpone(OFFICER, c.version(), INTERFERES), c -> Command.postpone(OFFICER, c.version(), INTERFERES).because(REASONS)));
        SCENARIOS.put(Guard.POSTPONE_GROUND_FOUND, new Scenario(review,
                c -> Command.postpone(OFFICER, c.version(), GRANTED).because(REASONS), c -> Command.postpone(OFFICER, c.version(), INTERFERES).because(REASONS)));
        SCENARIOS.put(Guard.POSTPONE_CONSULTED, new Scenario(GuardTest::unconsulted,
                c -> Command.postpone(OFFICER, c.version(), INTERFERES).because(REASONS), c -> Command.of(CommandType.CONSULT, OFFICER, c.version())));
        SCENARIOS.put(Guard.EXECUTION_MEASURES_NAMED, new Scenario(() -> inState(CaseState.IN_EXECUTION),
                c -> Command.executePartially(OFFICER, c.version(), List.of()), c -> Command.executePartially(OFFICER, c.version(), List.of(0))));
        SCENARIOS.put(Guard.EXECUTION_MEASURES_ACCEPTED, new Scenario(GuardTest::executingPartOfTheRequest,
                c -> Command.executePartially(OFFICER, c.version(), List.of(0)), c -> Command.executePartially(OFFICER, c.version(), List.of(1))));
        SCENARIOS.put(Guard.EXECUTION_MEASURES_NOT_YET_EXECUTED, new Scenario(() -> inState(CaseState.PARTIALLY_EXECUTED),
                c -> Command.executePartially(OFFICER, c.version(), List.of(0)), c -> Command.executePartially(OFFICER, c.version(), List.of(1))));
        SCENARIOS.put(Guard.EXECUTION_PARTIAL_LEAVES_SOME, new Scenario(() -> inState(CaseState.PARTIALLY_EXECUTED),
                c -> Command.executePartially(OFFICER, c.version(), List.of(1, 2)), c -> Command.executePartially(OFFICER, c.version(), List.of(1))));
        SCENARIOS.put(Guard.CLOSE_UNEXECUTED_REASONS_GIVEN, new Scenario(() -> inState(CaseState.PARTIALLY_EXECUTED),
                c -> Command.of(CommandType.CLOSE, OFFICER, c.version()), c -> Command.of(CommandType.CLOSE, OFFICER, c.version()).because(REASONS)));
        SCENARIOS.put(Guard.EXTENSION_DEADLINE_KNOWN, new Scenario(review,
                c -> extend(c, "lcx.unknown", TimeLimit.days(1)), c -> extend(c, DECIDE, TimeLimit.days(1))));
        SCENARIOS.put(Guard.EXTENSION_DEADLINE_OPEN, new Scenario(() -> inState(CaseState.ACCEPTED),
                c -> extend(c, DECIDE, TimeLimit.days(1)), c -> extend(c, EXECUTE, TimeLimit.days(1))));
        SCENARIOS.put(Guard.EXTENSION_ALLOWED, new Scenario(review,
                c -> extend(c, ACK, TimeLimit.weeks(1)), c -> extend(c, DECIDE, TimeLimit.days(1))));
        SCENARIOS.put(Guard.EXTENSION_SAME_UNIT, new Scenario(review,
                c -> extend(c, DECIDE, TimeLimit.weeks(1)), c -> extend(c, DECIDE, TimeLimit.days(7))));
        SCENARIOS.put(Guard.EXTENSION_WITHIN_MAXIMUM, new Scenario(GuardTest::decisionDeadlineExtendedBy20Days,
                c -> extend(c, DECIDE, TimeLimit.days(11)), c -> extend(c, DECIDE, TimeLimit.days(10))));
        SCENARIOS.put(Guard.EXTENSION_REASONS_GIVEN, new Scenario(review,
                c -> Command.extendDeadline(OFFICER, c.version(), DECIDE, TimeLimit.days(1)), c -> extend(c, DECIDE, TimeLimit.days(1))));
    }

    @Test
    void every_guard_has_a_scenario() {
        assertThat(SCENARIOS.keySet()).containsExactlyInAnyOrder(Guard.values());
    }

    @ParameterizedTest
    @EnumSource(Guard.class)
    void the_guard_rejects_a_command_that_does_not_meet_it_and_leaves_the_case_unchanged(Guard guard) {
        Scenario s = SCENARIOS.get(guard);
        RequestCase c = s.given().get();

        TransitionResult r = LIFECYCLE.apply(c, s.failing().apply(c), s.failingClock());

        assertThat(r).isInstanceOfSatisfying(TransitionResult.Rejected.class, j -> {
            assertThat(j.reason()).isEqualTo(TransitionResult.Reason.GUARD_FAILED);
            assertThat(j.guards()).contains(guard);
            assertThat(j.explain()).contains(guard.id(), guard.sentence());
            j.unmetGuards().stream().filter(u -> u.guard() == guard).flatMap(u -> u.citations().stream())
                    .forEach(cite -> assertThat(j.explain()).contains(cite.toString()));
        });
        assertThat(r.requestCase()).isSameAs(c);
    }

    @ParameterizedTest
    @EnumSource(Guard.class)
    void a_command_that_meets_the_guard_is_applied(Guard guard) {
        Scenario s = SCENARIOS.get(guard);
        RequestCase c = s.given().get();

        TransitionResult r = LIFECYCLE.apply(c, s.passing().apply(c), NOW);

        assertThat(r).as(() -> r instanceof TransitionResult.Rejected j ? j.explain() : "").isInstanceOf(TransitionResult.Applied.class);
    }

    @ParameterizedTest
    @EnumSource(CommandType.class)
    void every_guard_a_command_lists_starts_with_the_history_order(CommandType command) {
        assertThat(TransitionTable.standard().guards(command)).first().isEqualTo(Guard.HISTORY_IN_ORDER);
        assertThat(TransitionTable.standard().guards(command)).doesNotHaveDuplicates();
    }

    @Test
    void guard_ids_are_unique_and_guards_hold_no_treaty_content() {
        assertThat(Stream.of(Guard.values()).map(Guard::id)).doesNotHaveDuplicates();
        assertThat(Stream.of(Guard.values()).map(Guard::sentence)).noneMatch(s -> s.contains("UNTOC") || s.contains(" art. "));
    }

    @Test
    void a_rejection_lists_every_unmet_guard_not_only_the_first() {
        RequestCase c = unconsulted();

        TransitionResult r = LIFECYCLE.apply(c, Command.refuse(OFFICER, c.version(), ESSENTIAL_INTERESTS, "BANK_SECRECY"), NOW);

        assertThat(r).isInstanceOfSatisfying(TransitionResult.Rejected.class, j -> {
            assertThat(j.guards()).containsExactly(Guard.REFUSE_REASONS_GIVEN, Guard.REFUSE_GROUNDS_FOUND, Guard.REFUSE_NO_FORBIDDEN_GROUND,
                    Guard.REFUSE_CONSULTED);
            assertThat(j.unmetGuards()).extracting(UnmetGuard::detail).containsExactly("no reasons given",
                    "grounds neither found nor permitted: BANK_SECRECY", "forbidden grounds: BANK_SECRECY",
                    "no consultation recorded for lcx.6 (LCX art. 6)");
            assertThat(j.explain()).contains("does not meet 4 guards", "(LCX art. 6)").doesNotContain("UNTOC");
        });
    }

    @Test
    void an_extension_beyond_the_maximum_says_by_how_much_in_the_maximum_s_unit() {
        RequestCase c = decisionDeadlineExtendedBy20Days();

        TransitionResult r = LIFECYCLE.apply(c, extend(c, DECIDE, TimeLimit.days(11)), NOW);

        assertThat(r).isInstanceOfSatisfying(TransitionResult.Rejected.class, j -> assertThat(j.unmetGuards())
                .extracting(UnmetGuard::detail).containsExactly("extended by 31 days in all, the maximum is 30 days"));
    }

    static Stream<Arguments> acceptanceOutcomes() {
        return Stream.of(
                Arguments.of("granted with conditions", GRANTED, Outcome.GRANT_WITH_CONDITIONS, true),
                Arguments.of("a discretionary ground the officer does not use", ESSENTIAL_INTERESTS, Outcome.MAY_REFUSE, true),
                Arguments.of("a postponement ground the officer does not use", INTERFERES, Outcome.POSTPONE, true),
                Arguments.of("only a discretionary question open", POLITICAL_OPEN, Outcome.PENDING_ASSESSMENT, true),
                Arguments.of("a mandatory question open", DISCRIMINATION_OPEN, Outcome.PENDING_ASSESSMENT, false),
                Arguments.of("a mandatory ground", DISCRIMINATORY, Outcome.MUST_REFUSE, false),
                Arguments.of("a deficient request", DEFICIENT, Outcome.DEFICIENT, false),
                Arguments.of("an order to return to its issuer", NOT_VALIDATED_ORDER, Outcome.RETURN_TO_ISSUER, false),
                Arguments.of("a treaty not in force", NOT_IN_FORCE, Outcome.NOT_APPLICABLE, false),
                Arguments.of("an engine error", ENGINE_ERROR, Outcome.ENGINE_ERROR, false),
                Arguments.of("a precondition not met for one measure", TRANSFER_WITHOUT_CONSENT, Outcome.MUST_REFUSE, false),
                Arguments.of("a precondition open for one measure", TRANSFER_CONSENT_OPEN, Outcome.PENDING_ASSESSMENT, false));
    }

    @ParameterizedTest(name = "{0}: accepted {3}")
    @MethodSource("acceptanceOutcomes")
    void the_whole_request_is_accepted_only_on_an_outcome_that_allows_it(String scenario, Decision decision, Outcome outcome, boolean accepted) {
        RequestCase c = inState(CaseState.UNDER_REVIEW);
        assertThat(decision.outcome()).isEqualTo(outcome);

        TransitionResult r = LIFECYCLE.apply(c, Command.accept(OFFICER, c.version(), decision), NOW);

        assertThat(r.isApplied()).as(() -> r instanceof TransitionResult.Rejected j ? j.explain() : "applied").isEqualTo(accepted);
        if (accepted) {
            assertThat(r.requestCase().acceptedMeasures()).hasSize(decision.measures().size());
        }
    }

    static Stream<Arguments> partialAcceptances() {
        return Stream.of(
                Arguments.of("the measures the engine grants", NO_DUAL_CRIMINALITY, List.of(1, 2), List.<Guard>of()),
                Arguments.of("every measure, the officer not using the dual-criminality ground", NO_DUAL_CRIMINALITY, List.of(0, 1, 2), List.<Guard>of()),
                Arguments.of("evidence without the transfer that lacks consent", TRANSFER_WITHOUT_CONSENT, List.of(0), List.<Guard>of()),
                Arguments.of("the transfer that lacks consent", TRANSFER_WITHOUT_CONSENT, List.of(1), List.of(Guard.ACCEPT_OUTCOME_ALLOWS)),
                Arguments.of("evidence while consent to the transfer is open", TRANSFER_CONSENT_OPEN, List.of(0), List.<Guard>of()),
                Arguments.of("the transfer while consent is open", TRANSFER_CONSENT_OPEN, List.of(1), List.of(Guard.ACCEPT_NO_OPEN_MANDATORY_QUESTION)),
                Arguments.of("one measure while a request-wide mandatory question is open", DISCRIMINATION_OPEN, List.of(1),
                        List.of(Guard.ACCEPT_NO_OPEN_MANDATORY_QUESTION)),
                Arguments.of("one measure under a mandatory ground", DISCRIMINATORY, List.of(1), List.of(Guard.ACCEPT_OUTCOME_ALLOWS)),
                Arguments.of("one measure on an engine error", ENGINE_ERROR, List.of(0), List.of(Guard.ACCEPT_OUTCOME_ALLOWS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partialAcceptances")
    void some_measures_are_accepted_when_their_outcomes_allow_it(String scenario, Decision decision, List<Integer> measures, List<Guard> unmet) {
        RequestCase c = inState(CaseState.UNDER_REVIEW);

        TransitionResult r = LIFECYCLE.apply(c, Command.acceptMeasures(OFFICER, c.version(), decision, measures).because(REASONS), NOW);

        if (unmet.isEmpty()) {
            assertThat(r).as(() -> r instanceof TransitionResult.Rejected j ? j.explain() : "").isInstanceOf(TransitionResult.Applied.class);
            assertThat(r.requestCase().acceptedMeasures()).isEqualTo(measures);
            assertThat(r.requestCase().last().orElseThrow().detail().acceptedMeasures()).isEqualTo(measures);
        } else {
            assertThat(r).isInstanceOfSatisfying(TransitionResult.Rejected.class, j -> assertThat(j.guards()).containsExactlyElementsOf(unmet));
        }
    }

    static Stream<Arguments> refusalGrounds() {
        return Stream.of(
                Arguments.of("a discretionary ground found, by ground id", ESSENTIAL_INTERESTS, "ESSENTIAL_INTERESTS", List.<Guard>of()),
                Arguments.of("the same ground, by rule id", ESSENTIAL_INTERESTS, "lcx.3.2.a", List.<Guard>of()),
                Arguments.of("a ground found for one measure only: accept the others instead", NO_DUAL_CRIMINALITY, "DUAL_CRIMINALITY",
                        List.of(Guard.REFUSE_GROUNDS_COVER_EVERY_MEASURE)),
                Arguments.of("a mandatory ground found", DISCRIMINATORY, "DISCRIMINATION", List.<Guard>of()),
                Arguments.of("a precondition not met for the transfer only: accept the other measure instead", TRANSFER_WITHOUT_CONSENT, "lcx.7",
                        List.of(Guard.REFUSE_GROUNDS_COVER_EVERY_MEASURE)),
                Arguments.of("a ground proposed and permitted", ESSENTIAL_INTERESTS_PROPOSED, "ESSENTIAL_INTERESTS", List.<Guard>of()),
                Arguments.of("a ground assessed as absent", GRANTED, "ESSENTIAL_INTERESTS", List.of(Guard.REFUSE_GROUNDS_FOUND)),
                Arguments.of("a ground the treaty does not provide", ESSENTIAL_INTERESTS, "NE_BIS_IN_IDEM", List.of(Guard.REFUSE_GROUNDS_FOUND)),
                Arguments.of("a ground still to be assessed", DISCRIMINATION_OPEN, "DISCRIMINATION", List.of(Guard.REFUSE_GROUNDS_FOUND)),
                Arguments.of("a condition is not a ground", ESSENTIAL_INTERESTS, "lcx.8", List.of(Guard.REFUSE_GROUNDS_FOUND)),
                Arguments.of("bank secrecy, which the treaty forbids", ESSENTIAL_INTERESTS, "BANK_SECRECY",
                        List.of(Guard.REFUSE_GROUNDS_FOUND, Guard.REFUSE_NO_FORBIDDEN_GROUND)),
                Arguments.of("bank secrecy, proposed and answered FORBIDDEN", BANK_SECRECY_PROPOSED, "BANK_SECRECY",
                        List.of(Guard.REFUSE_GROUNDS_FOUND, Guard.REFUSE_NO_FORBIDDEN_GROUND)),
                Arguments.of("a political offence where terrorism removes the ground", TERRORISM_POLITICAL, "POLITICAL_OFFENCE",
                        List.of(Guard.REFUSE_GROUNDS_FOUND, Guard.REFUSE_NO_FORBIDDEN_GROUND)),
                Arguments.of("a refusal resting on an engine error: the check of the ground failed", ENGINE_ERROR, "ESSENTIAL_INTERESTS",
                        List.of(Guard.DECISION_COMPLETE, Guard.REFUSE_GROUNDS_FOUND, Guard.REFUSE_NO_FORBIDDEN_GROUND)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusalGrounds")
    void a_refusal_cites_only_grounds_the_decision_found_or_permitted(String scenario, Decision decision, String ground, List<Guard> unmet) {
        RequestCase c = inState(CaseState.UNDER_REVIEW);

        TransitionResult r = LIFECYCLE.apply(c, refuse(c, decision, ground), NOW);

        if (unmet.isEmpty()) {
            assertThat(r).as(() -> r instanceof TransitionResult.Rejected j ? j.explain() : "").isInstanceOf(TransitionResult.Applied.class);
            assertThat(r.requestCase().state()).isEqualTo(CaseState.REFUSED);
            assertThat(r.requestCase().last().orElseThrow().detail().groundIds()).containsExactly(ground);
        } else {
            assertThat(r).isInstanceOfSatisfying(TransitionResult.Rejected.class, j -> assertThat(j.guards()).containsExactlyElementsOf(unmet));
        }
    }

    @Test
    void a_consultation_on_another_duty_does_not_discharge_the_decisions_duty() {
        RequestCase c = CaseWalk.from(unconsulted(), java.time.Instant.parse("2026-03-04T08:00:00Z")).then(CommandType.CONSULT)
                .then(v -> Command.recordConsultation(OFFICER, v, new ConsultationRecord(List.of(), ConsultationRecord.Result.NO_AGREEMENT)))
                .get();

        TransitionResult r = LIFECYCLE.apply(c, refuse(c, ESSENTIAL_INTERESTS, "ESSENTIAL_INTERESTS"), NOW);

        assertThat(r).isInstanceOfSatisfying(TransitionResult.Rejected.class, j -> assertThat(j.guards()).containsExactly(Guard.REFUSE_CONSULTED));
    }

    @Test
    void a_refusal_from_a_postponement_needs_the_consultation_too() {
        RequestCase postponed = CaseWalk.walkTo(CaseState.POSTPONED).get();
        RequestCase unconsultedPostponement = CaseWalk.from(unconsulted(), java.time.Instant.parse("2026-03-04T08:00:00Z"))
                .then(CommandType.CONSULT)
                .then(v -> Command.recordConsultation(OFFICER, v, ConsultationRecord.covering(INTERFERES, ConsultationRecord.Result.NO_AGREEMENT)))
                .then(v -> Command.postpone(OFFICER, v, INTERFERES).because(REASONS)).get();

        assertThat(LIFECYCLE.apply(postponed, refuse(postponed, ESSENTIAL_INTERESTS, "ESSENTIAL_INTERESTS"), NOW).isApplied()).isTrue();
        assertThat(LIFECYCLE.apply(unconsultedPostponement, refuse(unconsultedPostponement, ESSENTIAL_INTERESTS, "ESSENTIAL_INTERESTS"), NOW)
                .isApplied()).isTrue();
        assertThat(unconsultedPostponement.consultations()).singleElement().satisfies(rec -> assertThat(rec.duties()).containsExactly("lcx.6"));
    }

    @Test
    void the_history_time_guard_allows_the_same_instant() {
        RequestCase c = inState(CaseState.UNDER_REVIEW);
        Clock same = Clock.fixed(c.last().orElseThrow().at(), java.time.ZoneOffset.UTC);
        Clock later = Clock.fixed(c.last().orElseThrow().at().plus(Duration.ofMillis(1)), java.time.ZoneOffset.UTC);

        assertThat(LIFECYCLE.apply(c, Command.of(CommandType.REQUEST_INFORMATION, OFFICER, c.version()), same).isApplied()).isTrue();
        assertThat(LIFECYCLE.apply(c, Command.of(CommandType.REQUEST_INFORMATION, OFFICER, c.version()), later).isApplied()).isTrue();
    }
}
