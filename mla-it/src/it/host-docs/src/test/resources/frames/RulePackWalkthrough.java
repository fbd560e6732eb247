import java.time.Instant;
import java.time.LocalDate;
import org.openmla.core.model.Authority;
import org.openmla.core.model.AuthorityKind;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Offence;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.Penalty;
import org.openmla.core.engine.Assessment;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.DeadlineEvent;
import org.openmla.core.rules.DeadlineSpec;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.rules.ExceptionEffect;
import org.openmla.core.rules.Instrument;
import org.openmla.core.rules.RefusalGround;
import org.openmla.core.rules.Rule;
import org.openmla.core.rules.RulePack;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.decision.RunningDeadline;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;
import org.openmla.core.rules.TimeLimit;
//@imports

/** docs/writing-a-rule-pack.md: the XMLAT pack, a decision under it, and a pack extending it. */
public final class RulePackWalkthrough {
    public static void main(String[] args) {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");

//@snippet pack

//@snippet evaluate

//@snippet extend

        // expect-output: MAY_REFUSE
        // expect-output: [XMLAT-P1 art. 2 — Assistance may be refused where execution would breach the requested State's tax secrecy.]
        // expect-output: XMLAT-P1 art. 3: 45 days
//@snippet own

        // expect-output: outcome PENDING_ASSESSMENT
        System.out.println("outcome " + decision.outcome());
        // expect-output: open questions [DUAL_CRIMINALITY measure 1, INTERFERES_WITH_PROCEEDINGS]
        System.out.println("open questions " + decision.openQuestions().stream()
                .map(q -> q.key() + q.measureIndex().map(i -> " measure " + (i + 1)).orElse("")).toList());
        // expect-output: BANK_SECRECY: FORBIDDEN [XMLAT art. 5]
        decision.refusalChecks().forEach(r -> System.out.println(r.proposal().groundId() + ": " + r.answer() + " " + r.citations()));
        // expect-output: bilateral NL-BE extends XMLAT
        System.out.println("bilateral " + String.join(" extends ", RulePackRegistry.of(xmlat, bilateral).get("NL-BE").lineage()));
    }
}
