package org.openmla.core.json;

import java.util.Objects;
import org.openmla.core.lifecycle.RequestCase;

/**
 * A case read from a case document, with what its integrity rests on. Immutable.
 *
 * @param requestCase the case; its history is one the lifecycle could have written
 * @param schemaVersion the case format version the document was written in
 * @param integrity what was verified besides the lifecycle's checks
 */
public record CaseDocument(RequestCase requestCase, int schemaVersion, Integrity integrity) {

    /** What a case document's integrity rests on. */
    public enum Integrity {
        /**
         * A version 1 document: it carries no hash chain, so an edit that leaves a history the lifecycle could have
         * written (an actor, a reason, a ground id, a decision reference, an entry dropped from the end) cannot be
         * detected. Write it again (as version 2) to chain it from now on.
         */
        NO_CHAIN,
        /**
         * A version 2 document whose hash chain is intact: entries were not edited, dropped, duplicated or reordered
         * unless whoever did so recomputed the chain, which needs no key. Read with the host's {@link CaseSeal} to
         * rule that out.
         */
        CHAIN_INTACT,
        /** A version 2 document whose chain is intact and whose seal was verified with the host's key. */
        SEALED
    }

    /** @throws NullPointerException if a field is null */
    public CaseDocument {
        Objects.requireNonNull(requestCase, "requestCase");
        Objects.requireNonNull(integrity, "integrity");
    }

    /** @return the case id, state, version and integrity; the history's free text is not shown */
    @Override
    public String toString() {
        return "CaseDocument[" + requestCase + ", format " + schemaVersion + ", " + integrity + "]";
    }
}
