package org.openmla.core.rules;

import java.util.regex.Pattern;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;
import org.openmla.core.engine.Assessment;

/**
 * A fact that needs a person's judgement, such as whether an offence is political, named by an id and asked as a
 * question. Hosts supply the answer as an {@link Assessment}; until they do, conditions that depend on it are
 * {@link Truth#UNKNOWN} and the decision lists the question as open.
 *
 * <p>Common keys are in {@link StandardAssessments}; packs may declare their own.
 *
 * @param id upper-case id, e.g. {@code POLITICAL_OFFENCE}
 * @param question the question a person answers with yes or no
 */
public record AssessmentKey(String id, String question) {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,79}");

    /** @throws InvalidValueException if the id is malformed or the question blank */
    public AssessmentKey {
        Checks.required(id, "AssessmentKey.id");
        if (!ID.matcher(id).matches()) {
            throw new InvalidValueException("AssessmentKey.id", "must match " + ID.pattern());
        }
        Checks.text(question, "AssessmentKey.question", 1000);
    }

    /** @return a key */
    public static AssessmentKey of(String id, String question) {
        return new AssessmentKey(id, question);
    }

    @Override
    public String toString() {
        return id;
    }
}
