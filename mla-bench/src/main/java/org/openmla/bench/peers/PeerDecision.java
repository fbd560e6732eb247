package org.openmla.bench.peers;

import java.util.List;
import org.openmla.core.decision.Outcome;
import org.openmla.core.decision.Verdict;

/**
 * What a peer implementation of the UNTOC rules decides: the request's outcome and one finding per rule and scope,
 * comparable with {@link org.openmla.core.decision.Decision#outcome()} and its findings.
 *
 * @param outcome the outcome for the request
 * @param findings a finding per rule and scope
 */
public record PeerDecision(Outcome outcome, List<Finding> findings) {

    /** Scope of a request-level finding. */
    public static final int REQUEST = -1;

    /**
     * One rule's verdict in one scope.
     *
     * @param ruleId the rule id, as in the UNTOC pack
     * @param measure the measure's index, or {@link #REQUEST}
     * @param verdict the verdict
     */
    public record Finding(String ruleId, int measure, Verdict verdict) {}
}
