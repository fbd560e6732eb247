package org.openmla.core.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.decision.FactValue;
import org.openmla.core.decision.Finding;
import org.openmla.core.rules.Rule;
import org.openmla.core.decision.Verdict;

/**
 * The effective result of one rule in one scope ({@link #REQUEST} or a measure index): the verdict, the facts looked
 * at, the questions an unknown verdict waits for, why it is not applicable or failed, and the exception that decided it.
 */
record RuleResult(PackPlan.RuleInfo info, int scope, Verdict verdict, List<FactValue> facts, List<AssessmentKey> unknown, String reason,
        String exceptedBy) {

    /** The scope of a request-level rule. */
    static final int REQUEST = -1;

    /** @return the rule */
    Rule rule() {
        return info.rule;
    }

    /** @return the pack that contributed the rule */
    String origin() {
        return info.origin;
    }

    RuleResult with(Verdict v, String why, String by, List<AssessmentKey> moreUnknown) {
        List<AssessmentKey> u = unknown;
        if (!moreUnknown.isEmpty()) {
            u = new ArrayList<>(unknown);
            for (AssessmentKey k : moreUnknown) {
                if (!u.contains(k)) {
                    u.add(k);
                }
            }
        }
        return new RuleResult(info, scope, v, facts, u, why, by);
    }

    /** @return whether the verdict is the rule kind's adverse verdict */
    boolean adverse() {
        return verdict == Verdict.of(info.rule.kind().adverseVerdict());
    }

    /** @return whether the rule is an exception to another */
    boolean isException() {
        return info.rule.exceptionTo().isPresent();
    }

    Finding toFinding() {
        Rule rule = info.rule;
        return new Finding(rule.id(), info.origin, rule.citation(), rule.kind(), rule.statement(), info.ground, PackPlan.RuleInfo.scope(scope),
                verdict, facts, info.reason(reason), Optional.ofNullable(exceptedBy), rule.exceptionTo(), info.caveat);
    }
}
