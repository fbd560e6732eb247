package org.openmla.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmla.core.lifecycle.LifecyclePack.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openmla.core.InvalidValueException;
import org.openmla.core.model.RequestId;
import org.openmla.core.rules.TimeLimit;

/** The snapshot: created, replayed, protected against inconsistent histories, stale commands and malformed input. */
class RequestCaseTest {

    static final String SECRET_REASON = "Jan Jansen was seen at the port on 3 March.";

    @Test
    void a_new_case_is_a_draft_at_version_zero_without_history() {
        RequestCase c = RequestCase.create(CASE_ID);

        assertThat(c.state()).isEqualTo(CaseState.DRAFT);
        assertThat(c.version()).isZero();
        assertThat(c.history()).isEmpty();
        assertThat(c.deadlines()).isEmpty();
        assertThat(RequestCase.replay(CASE_ID, List.of())).isEqualTo(c);
    }

    @Test
    void replaying_the_history_gives_an_equal_snapshot_and_the_history_cannot_be_changed() {
        RequestCase live = CaseWalk.caseIn(CaseState.PARTIALLY_EXECUTED);

        RequestCase replayed = RequestCase.replay(CASE_ID, new ArrayList<>(live.history()));

        assertThat(replayed).isEqualTo(live).hasSameHashCodeAs(live);
        assertThat(replayed.deadlines()).isEqualTo(live.deadlines());
        assertThatThrownBy(() -> live.history().add(live.history().get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Nested
    class StaleVersions {
        @Test
        void a_command_given_on_an_older_version_is_rejected_even_where_it_would_be_legal() {
            RequestCase seen = CaseWalk.caseIn(CaseState.UNDER_REVIEW);
            RequestCase afterColleague = RequestLifecycle.standard()
                    .apply(seen, Command.of(CommandType.REQUEST_INFORMATION, SUPERVISOR, seen.version()), clockAt("2026-03-05T08:00:00Z")).requestCase();

            TransitionResult r = RequestLifecycle.standard()
                    .apply(afterColleague, Command.accept(OFFICER, seen.version(), GRANTED), clockAt("2026-03-05T09:00:00Z"));

            assertThat(r).isInstanceOfSatisfying(TransitionResult.Rejected.class, j -> {
                assertThat(j.reason()).isEqualTo(TransitionResult.Reason.STALE_VERSION);
                assertThat(j.expectedVersion()).isEqualTo(seen.version());
                assertThat(j.explain()).contains("expected version " + seen.version(), "at version " + afterColleague.version());
            });
            assertThat(r.requestCase()).isSameAs(afterColleague);
        }

        @Test
        void a_version_from_the_future_is_stale_too_and_staleness_is_checked_before_legality() {
            RequestCase c = CaseWalk.caseIn(CaseState.CLOSED);

            TransitionResult r = RequestLifecycle.standard().apply(c, Command.of(CommandType.SUBMIT, OFFICER, c.version() + 1), clockAt("2026-03-05T08:00:00Z"));

            assertThat(r).isInstanceOfSatisfying(TransitionResult.Rejected.class,
                    j -> assertThat(j.reason()).isEqualTo(TransitionResult.Reason.STALE_VERSION));
        }
    }

    @Nested
    class InconsistentHistories {
        final RequestCase live = CaseWalk.caseIn(CaseState.UNDER_REVIEW);
        final List<Transition> h = live.history();

        Transition withVersion(Transition t, long version) {
            return new Transition(version, t.at(), t.actor(), t.from(), t.to(), t.command(), t.reason(), t.detail());
        }

        @Test
        void a_gap_in_the_versions_is_rejected() {
            List<Transition> broken = new ArrayList<>(h);
            broken.set(2, withVersion(h.get(2), 7));

            assertThatThrownBy(() -> RequestCase.replay(CASE_ID, broken)).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("RequestCase.history[2]").hasMessageContaining("version 7 where 3 was expected");
        }

        @Test
        void a_lost_entry_is_rejected() {
            List<Transition> broken = new ArrayList<>(h);
            broken.remove(1);

            assertThatThrownBy(() -> RequestCase.replay(CASE_ID, broken)).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("RequestCase.history[1]");
        }

        @Test
        void entries_out_of_order_are_rejected() {
            List<Transition> broken = new ArrayList<>(h);
            Transition first = h.get(0);
            broken.set(0, new Transition(1, Instant.parse("2027-01-01T00:00:00Z"), first.actor(), first.from(), first.to(), first.command(),
                    first.reason(), first.detail()));

            assertThatThrownBy(() -> RequestCase.replay(CASE_ID, broken)).hasMessageContaining("earlier than the transition before it");
        }

        @Test
        void a_transition_the_table_does_not_have_cannot_be_recorded() {
            Transition t = h.get(0);

            assertThatThrownBy(() -> new Transition(1, t.at(), t.actor(), CaseState.DRAFT, CaseState.ACCEPTED, CommandType.RECEIVE, Optional.empty(),
                    TransitionDetail.NONE)).isInstanceOf(InvalidValueException.class).hasMessageContaining("DRAFT --RECEIVE--> ACCEPTED");
            assertThatThrownBy(() -> new Transition(1, t.at(), t.actor(), CaseState.UNDER_REVIEW, CaseState.ACCEPTED, CommandType.ACCEPT,
                    Optional.empty(), TransitionDetail.NONE)).hasMessageContaining("Transition.decision: is required for ACCEPT");
        }

        @Test
        void a_state_or_version_that_does_not_match_the_history_is_rejected() {
            assertThatThrownBy(() -> new RequestCase(CASE_ID, CaseState.ACCEPTED, h.size(), h)).hasMessageContaining("RequestCase.state");
            assertThatThrownBy(() -> new RequestCase(CASE_ID, live.state(), h.size() + 1, h)).hasMessageContaining("RequestCase.version");
        }
    }

    @Nested
    class MalformedInput {
        @Test
        void a_command_without_what_its_type_needs_or_with_what_it_does_not_take_is_malformed() {
            assertThatThrownBy(() -> new Command(CommandType.ACCEPT, OFFICER, 0, Optional.empty(), Optional.empty(), List.of(), List.of(),
                    Optional.empty(), Optional.empty())).isInstanceOf(InvalidValueException.class).hasMessage("Command.decision: is required for ACCEPT");
            assertThatThrownBy(() -> new Command(CommandType.SUBMIT, OFFICER, 0, Optional.empty(), Optional.of(GRANTED), List.of(), List.of(),
                    Optional.empty(), Optional.empty())).hasMessage("Command.decision: is not taken by SUBMIT");
            assertThatThrownBy(() -> Command.of(CommandType.RECORD_CONSULTATION, OFFICER, 0)).hasMessage("Command.consultation: is required for RECORD_CONSULTATION");
            assertThatThrownBy(() -> Command.of(CommandType.EXTEND_DEADLINE, OFFICER, 0)).hasMessage("Command.extension: is required for EXTEND_DEADLINE");
            assertThatThrownBy(() -> new Command(CommandType.REFUSE, OFFICER, 0, Optional.empty(), Optional.of(GRANTED), List.of(1), List.of(),
                    Optional.empty(), Optional.empty())).hasMessage("Command.measures: are not taken by REFUSE");
            assertThatThrownBy(() -> new Command(CommandType.ACCEPT, OFFICER, 0, Optional.empty(), Optional.of(GRANTED), List.of(), List.of("X"),
                    Optional.empty(), Optional.empty())).hasMessage("Command.groundIds: are not taken by ACCEPT");
        }

        @Test
        void versions_measures_and_reasons_are_checked() {
            assertThatThrownBy(() -> Command.of(CommandType.SUBMIT, OFFICER, -1)).hasMessageContaining("Command.expectedVersion");
            assertThatThrownBy(() -> Command.executePartially(OFFICER, 0, List.of(1, 1))).hasMessageContaining("must not repeat a measure");
            assertThatThrownBy(() -> Command.executePartially(OFFICER, 0, List.of(-1))).hasMessageContaining("must not be negative");
            assertThatThrownBy(() -> Command.of(CommandType.SUBMIT, OFFICER, 0).because("  ")).hasMessage("Command.reason: must not be blank");
            assertThatThrownBy(() -> Command.of(CommandType.SUBMIT, OFFICER, 0).because("x".repeat(4001))).hasMessageContaining("at most 4000");
            assertThat(Command.executePartially(OFFICER, 0, List.of(2, 0)).measures()).containsExactly(0, 2);
        }

        @Test
        void an_actor_is_an_id_and_a_role_never_a_name_and_the_message_does_not_repeat_it() {
            assertThatThrownBy(() -> Actor.of("Jan Jansen", "CASE_OFFICER")).isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("Actor.officerId").hasMessageNotContaining("Jansen");
            assertThatThrownBy(() -> Actor.of("off-1", "case officer")).hasMessageStartingWith("Actor.role");
            assertThatThrownBy(() -> RequestLifecycle.standard().apply(null, Command.of(CommandType.SUBMIT, OFFICER, 0), clockAt("2026-03-05T08:00:00Z")))
                    .isInstanceOf(NullPointerException.class).hasMessage("requestCase"); // a null argument is a programming error
        }

        @Test
        void a_deadline_extension_names_a_rule() {
            assertThatThrownBy(() -> Command.extendDeadline(OFFICER, 0, " ", TimeLimit.days(1))).hasMessageContaining("DeadlineExtension.ruleId");
        }
    }

    @Test
    void free_text_stays_out_of_every_to_string() {
        RequestCase c = CaseWalk.from(CaseWalk.caseIn(CaseState.UNDER_REVIEW), Instant.parse("2026-03-05T08:00:00Z"))
                .then(v -> Command.of(CommandType.REQUEST_INFORMATION, OFFICER, v).because(SECRET_REASON)).get();
        Command command = Command.refuse(OFFICER, 3, ESSENTIAL_INTERESTS, "ESSENTIAL_INTERESTS").because(SECRET_REASON);
        TransitionResult rejected = RequestLifecycle.standard().apply(c, command, clockAt("2026-03-06T08:00:00Z"));

        assertThat(List.of(c.toString(), c.last().orElseThrow().toString(), command.toString(), rejected.toString(), c.history().toString()))
                .allSatisfy(s -> assertThat(s).doesNotContain("Jansen").doesNotContain("port"));
        assertThat(command.toString()).contains("REFUSE", "<redacted");
        assertThat(c.last().orElseThrow().reason()).contains(SECRET_REASON);
        assertThat(c.toString()).isEqualTo("RequestCase[LC-2026-1, ADDITIONAL_INFORMATION_REQUESTED, version " + c.version() + "]");
    }

    @Test
    void a_decision_is_referenced_by_id_outcome_law_date_and_packs() {
        DecisionRef ref = DecisionRef.of(NO_DUAL_CRIMINALITY);

        assertThat(ref.decisionId()).isEqualTo(NO_DUAL_CRIMINALITY.decisionId());
        assertThat(ref.inputDigest()).isEqualTo(NO_DUAL_CRIMINALITY.inputDigest());
        assertThat(ref.partial()).isTrue();
        assertThat(ref.lawDate()).isEqualTo(LAW_DATE);
        assertThat(ref.packs()).extracting(Object::toString).containsExactly("LCX@1.0.0");
        assertThat(RequestId.of("LC-2026-1")).isEqualTo(NO_DUAL_CRIMINALITY.requestId());
    }
}
