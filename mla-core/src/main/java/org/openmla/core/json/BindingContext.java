package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one binding run: the problems found so far and the value constraints to check. Not thread-safe; one
 * per document.
 */
final class BindingContext {
    /** Beyond this many problems a document is hostile or hopeless; the rest are summarised. */
    static final int MAX_PROBLEMS = 100;

    private final ValueConstraints constraints;
    private final List<PendingProblem> problems = new ArrayList<>();
    private int omitted;

    BindingContext(ValueConstraints constraints) {
        this.constraints = constraints;
    }

    void report(JsonPointer at, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new PendingProblem(at, message));
        } else {
            omitted++;
        }
    }

    /** Checks a record component's value against the model's constraint annotations. */
    void check(Class<?> type, String component, Object value, JsonPointer objectPointer) {
        for (PendingProblem p : constraints.check(type, component, value, objectPointer)) {
            report(p.pointer(), p.message());
        }
    }

    int problemCount() {
        return problems.size() + omitted;
    }

    boolean hasProblems() {
        return problemCount() > 0;
    }

    /** @return the problems found, at most {@link #MAX_PROBLEMS} */
    List<PendingProblem> problems() {
        return List.copyOf(problems);
    }

    /** @return how many problems were found beyond {@link #MAX_PROBLEMS} and left out */
    int omitted() {
        return omitted;
    }
}
