package org.openmla.bench.peers;

import java.util.ArrayList;
import java.util.List;
import org.openmla.core.decision.Outcome;
import org.openmla.core.decision.Verdict;

/**
 * The verdicts a peer records for one request, per rule and scope, and the outcome they give: what a host using a
 * generic rule engine writes around it (the engine fires rules; deciding what the findings mean is the host's code).
 * Same semantics as our engine for a complete request: a rule that did not fire does not apply; a request outside
 * the scope of art. 18(1) makes every other rule inapplicable; a measure's outcome is the strongest of the
 * request-level and its own adverse findings, the request's the strongest of its measures'.
 */
final class UntocVerdicts {
    private final Verdict[] request = new Verdict[UntocRule.ALL.length];
    private final Verdict[][] measures;

    UntocVerdicts(int measureCount) {
        measures = new Verdict[measureCount][UntocRule.ALL.length];
    }

    void record(UntocRule rule, int scope, boolean value) {
        (scope == PeerDecision.REQUEST ? request : measures[scope])[rule.ordinal()] = value ? Verdict.TRUE : Verdict.FALSE;
    }

    PeerDecision decide() {
        boolean outOfScope = request[UntocRule.SCOPE_1.ordinal()] == Verdict.FALSE;
        List<PeerDecision.Finding> findings = new ArrayList<>(UntocRule.ALL.length + 8 * measures.length);
        Outcome requestLevel = Outcome.GRANT;
        Outcome[] perMeasure = new Outcome[measures.length];
        java.util.Arrays.fill(perMeasure, Outcome.GRANT);
        for (UntocRule rule : UntocRule.ALL) {
            if (rule.perMeasure) {
                for (int m = 0; m < measures.length; m++) {
                    Verdict v = effective(rule, measures[m][rule.ordinal()], outOfScope);
                    findings.add(new PeerDecision.Finding(rule.id, m, v));
                    if (v == rule.adverse && rule.effect != null) {
                        perMeasure[m] = Outcome.strongest(perMeasure[m], rule.effect);
                    }
                }
            } else {
                Verdict v = effective(rule, request[rule.ordinal()], outOfScope);
                findings.add(new PeerDecision.Finding(rule.id, PeerDecision.REQUEST, v));
                if (v == rule.adverse && rule.effect != null) {
                    requestLevel = Outcome.strongest(requestLevel, rule.effect);
                }
            }
        }
        Outcome outcome;
        if (outOfScope) {
            outcome = Outcome.NOT_APPLICABLE;
        } else if (measures.length == 0) {
            outcome = requestLevel;
        } else {
            outcome = Outcome.GRANT;
            for (Outcome o : perMeasure) {
                outcome = Outcome.strongest(outcome, Outcome.strongest(requestLevel, o));
            }
        }
        return new PeerDecision(outcome, findings);
    }

    private static Verdict effective(UntocRule rule, Verdict recorded, boolean outOfScope) {
        if (recorded == null || (outOfScope && rule.kind != org.openmla.core.rules.RuleKind.SCOPE)) {
            return Verdict.NOT_APPLICABLE;
        }
        return recorded;
    }
}
