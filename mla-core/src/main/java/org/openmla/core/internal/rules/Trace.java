package org.openmla.core.internal.rules;

import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Truth;

/** Receives the leaf values a condition looked at, for explanations and open questions. */
public interface Trace {
    /** A leaf condition was evaluated. */
    void fact(String label, Truth value);

    /** An assessment was consulted. */
    void assessment(AssessmentKey key, Truth value);
}
