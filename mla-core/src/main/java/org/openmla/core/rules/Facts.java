package org.openmla.core.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.engine.StateProfile;

/**
 * What a {@link Condition} may look at: the request, the measure in question (for rules evaluated per measure),
 * the law date, both States' profiles and the assessments supplied by the host.
 *
 * <p>Implemented by the engine; a condition must treat it as read-only and must not keep it.
 */
public interface Facts {
    /** @return the request being evaluated */
    MlaRequest request();

    /** @return the measure a per-measure rule is evaluated for; empty for request-level rules */
    Optional<Measure> measure();

    /** @return the position of {@link #measure()} in the request, or -1 for request-level rules */
    int measureIndex();

    /** @return the date whose law applies */
    LocalDate lawDate();

    /** @return the requested State's profile */
    StateProfile requestedState();

    /** @return the requesting State's profile */
    StateProfile requestingState();

    /**
     * The host's answer to an assessment: for a per-measure rule, the measure's own assessment if there is one,
     * else the request's; {@link Truth#UNKNOWN} if there is none.
     *
     * @param key the assessment
     * @return TRUE, FALSE or UNKNOWN
     */
    Truth assessment(AssessmentKey key);

    /**
     * The host's answer to an assessment that counts as absent when not given (an option the requested side may take,
     * or an override of what the request itself shows): like {@link #assessment}, but an absent answer raises no open
     * question.
     *
     * @param key the assessment
     * @return TRUE, FALSE or UNKNOWN (not supplied)
     */
    default Truth suppliedAssessment(AssessmentKey key) {
        return assessment(key);
    }
}
