package org.openmla.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.core.lifecycle.LifecyclePack.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmla.core.json.CapturedLog;

/** Listeners and logs: told after the fact, unable to break a transition, and nothing personal in the log. */
class LifecycleHooksTest {

    static final String SECRET_REASON = "Jan Jansen was seen at the port on 3 March.";

    @Test
    void listeners_are_called_after_the_transition_and_one_that_throws_breaks_nothing() {
        List<String> calls = new ArrayList<>();
        RequestLifecycle lifecycle = RequestLifecycle.builder()
                .listener((before, t, after) -> calls.add("first " + before.version() + "->" + after.version() + " " + t.command()))
                .listener((before, t, after) -> {
                    throw new IllegalStateException("listener bug");
                })
                .listener(new LifecycleListener() {
                    @Override
                    public void onTransition(RequestCase before, Transition t, RequestCase after) {
                        calls.add("third " + after.state());
                    }

                    @Override
                    public void onRejection(TransitionResult.Rejected rejected) {
                        calls.add("rejected " + rejected.reason());
                    }
                })
                .build();
        RequestCase c = RequestCase.create(CASE_ID);

        TransitionResult r = lifecycle.apply(c, Command.of(CommandType.RECEIVE, OFFICER, 0), clockAt("2026-03-02T08:00:00Z"));
        TransitionResult stale = lifecycle.apply(r.requestCase(), Command.of(CommandType.START_REVIEW, OFFICER, 0), clockAt("2026-03-02T09:00:00Z"));

        assertThat(r.isApplied()).isTrue();
        assertThat(r.requestCase().state()).isEqualTo(CaseState.RECEIVED);
        assertThat(stale.isApplied()).isFalse();
        assertThat(calls).containsExactly("first 0->1 RECEIVE", "third RECEIVED", "rejected STALE_VERSION");
    }

    @Test
    void transitions_are_logged_with_the_case_id_and_states_and_never_the_reasons_or_the_officer() {
        RequestCase c = CaseWalk.caseIn(CaseState.IN_CONSULTATION);
        CapturedLog.clear();

        RequestLifecycle.standard().apply(c, Command.refuse(OFFICER, c.version(), ESSENTIAL_INTERESTS, "ESSENTIAL_INTERESTS").because(SECRET_REASON),
                clockAt("2026-03-05T08:00:00Z"));
        RequestLifecycle.standard().apply(c, Command.refuse(OFFICER, c.version(), ESSENTIAL_INTERESTS, "BANK_SECRECY").because(SECRET_REASON),
                clockAt("2026-03-05T08:00:00Z"));

        List<String> lines = CapturedLog.lines().stream().filter(l -> l.contains(RequestLifecycle.class.getName())).toList();
        assertThat(lines).containsExactly(
                "INFO org.openmla.core.lifecycle.RequestLifecycle Case LC-2026-1: IN_CONSULTATION -> REFUSED by REFUSE (version " + (c.version() + 1) + ")",
                "DEBUG org.openmla.core.lifecycle.RequestLifecycle Case LC-2026-1: REFUSE rejected in IN_CONSULTATION (GUARD_FAILED: "
                        + "[refuse.grounds-found, refuse.no-forbidden-ground])");
        assertThat(CapturedLog.lines()).noneMatch(l -> l.contains("Jansen") || l.contains("off-0017") || l.contains("CASE_OFFICER"));
    }

    @Test
    void a_failing_listener_is_logged_by_class_without_its_message() {
        RequestLifecycle lifecycle = RequestLifecycle.builder().listener((before, t, after) -> {
            throw new IllegalStateException(SECRET_REASON);
        }).build();
        CapturedLog.clear();

        lifecycle.apply(RequestCase.create(CASE_ID), Command.of(CommandType.SUBMIT, OFFICER, 0), clockAt("2026-03-02T08:00:00Z"));

        assertThat(CapturedLog.lines()).anySatisfy(l -> assertThat(l).startsWith("WARN").contains("failed on case LC-2026-1", "IllegalStateException"));
        assertThat(CapturedLog.lines()).noneMatch(l -> l.contains("Jansen"));
    }
}
