package org.openmla.core.engine;

import java.time.Instant;
import java.util.Optional;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;
import org.openmla.core.rules.AssessmentKey;

/**
 * A person's answer to an {@link AssessmentKey}: the value, who gave it, when and why.
 *
 * <p>An assessment concerns the whole request, or one measure when {@code measureIndex} is present. For a measure,
 * the engine uses the measure's assessment if there is one, else the request's.
 *
 * @param key the assessment's id, e.g. {@code POLITICAL_OFFENCE}
 * @param value the answer: {@code true} if the situation the question describes exists
 * @param measureIndex the measure (by position in the request) the answer concerns, or empty for the whole request
 * @param assessedBy who gave it: an officer's id in the host system, or a system such as {@code resolver}; not a name
 * @param assessedAt when
 * @param reasoning why, in words
 */
public record Assessment(
        String key, boolean value, Optional<Integer> measureIndex, String assessedBy, Instant assessedAt, Optional<String> reasoning) {

    /** @throws InvalidValueException if a field is null or malformed */
    public Assessment {
        Checks.text(key, "Assessment.key", 80);
        Checks.optional(measureIndex, "Assessment.measureIndex");
        measureIndex.ifPresent(i -> {
            if (i < 0) {
                throw new InvalidValueException("Assessment.measureIndex", "must not be negative (was " + i + ")");
            }
        });
        Checks.text(assessedBy, "Assessment.assessedBy", 200);
        Checks.required(assessedAt, "Assessment.assessedAt");
        Checks.optionalText(reasoning, "Assessment.reasoning", 10000);
    }

    /** @return an assessment of the whole request */
    public static Assessment of(AssessmentKey key, boolean value, String assessedBy, Instant assessedAt, String reasoning) {
        return new Assessment(key.id(), value, Optional.empty(), assessedBy, assessedAt, Optional.ofNullable(reasoning));
    }

    /** @return an assessment of one measure */
    public static Assessment ofMeasure(AssessmentKey key, int measureIndex, boolean value, String assessedBy, Instant assessedAt, String reasoning) {
        return new Assessment(key.id(), value, Optional.of(measureIndex), assessedBy, assessedAt, Optional.ofNullable(reasoning));
    }

    @Override
    public String toString() {
        return "Assessment[" + key + measureIndex.map(i -> "@measure " + i).orElse("") + "=" + value + ", by " + assessedBy + " at "
                + assessedAt + ", reasoning=" + Checks.redacted(reasoning) + "]";
    }
}
