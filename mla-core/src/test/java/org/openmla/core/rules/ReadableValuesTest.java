package org.openmla.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openmla.core.lifecycle.CaseDeadline;
import org.openmla.core.lifecycle.DueDeadline;
import org.openmla.core.decision.OpenQuestion;
import org.openmla.core.engine.ProposedRefusal;
import org.openmla.core.decision.RefusalCheck;
import org.openmla.core.decision.RunningDeadline;

/** Values printed by a host's log or debugger read as the domain does: no {@code Optional[...]}, no repeated citations. */
class ReadableValuesTest {
    static final Citation ART_18_14 = Citation.parse("UNTOC art. 18(14)");

    @Test
    void an_open_question_lists_a_citation_once_and_prints_its_measure_plainly() {
        OpenQuestion q = new OpenQuestion("DUAL_CRIMINALITY", "Is the conduct an offence in the requested State?", Optional.of(1),
                List.of("untoc.18.9.a", "untoc.18.9.b"), List.of(ART_18_14, ART_18_14), true);

        assertThat(q.citations()).containsExactly(ART_18_14);
        assertThat(q.toString()).doesNotContain("Optional").contains("DUAL_CRIMINALITY measure 1", "[UNTOC art. 18(14)]")
                .doesNotContain("UNTOC art. 18(14), UNTOC art. 18(14)");
    }

    @Test
    void a_refusal_check_prints_its_proposal_without_optional() {
        RefusalCheck check = new RefusalCheck(new ProposedRefusal("BANK_SECRECY", Optional.of(2)), RefusalCheck.Answer.FORBIDDEN,
                List.of(Citation.parse("UNTOC art. 18(8)")), List.of("untoc.18.8"), "Bank secrecy is no ground.");

        assertThat(ProposedRefusal.of("BANK_SECRECY")).hasToString("ProposedRefusal[BANK_SECRECY]");
        assertThat(check.toString()).contains("ProposedRefusal[BANK_SECRECY measure 2]").doesNotContain("Optional");
    }

    @Test
    void a_due_deadline_prints_rule_citation_and_instant() {
        RunningDeadline running = new RunningDeadline("eio.12.3", Citation.parse("EIO art. 12(3)"), "Decide within 30 days.",
                DeadlineSpec.of(DeadlineEvent.RECEIPT, DeadlineEvent.DECISION, TimeLimit.days(30)), false);
        CaseDeadline deadline = new CaseDeadline(running, Optional.of(Instant.parse("2026-04-14T09:00:00Z")), Optional.empty(), Optional.empty(), List.of());

        assertThat(new DueDeadline(deadline, Instant.parse("2026-05-14T09:00:00Z")))
                .hasToString("DueDeadline[eio.12.3 EIO art. 12(3) due 2026-05-14T09:00:00Z]");
    }
}
