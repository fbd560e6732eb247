package org.openmla.examples.casesystem;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.decision.Decision;

/**
 * A case as an officer sees it: the case file and the engine's current decision on it, with how the packs were chosen.
 * Immutable.
 *
 * @param file the case file
 * @param decision the decision on the request with the recorded assessments, if a pack applies
 * @param notes how the packs were chosen and what the party data could not confirm, in words
 */
public record CaseView(CaseFile file, Optional<Decision> decision, List<String> notes) {

    /** @throws NullPointerException if a field is null */
    public CaseView {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(decision, "decision");
        notes = List.copyOf(notes);
    }

    /** @return the lifecycle case */
    public RequestCase requestCase() {
        return file.requestCase();
    }

    /** @return the version to give with the next command */
    public long version() {
        return file.version();
    }
}
