package org.openmla.core.json;

import java.util.Objects;
import java.util.Set;
import org.openmla.core.lifecycle.DecisionFacts;
import org.openmla.core.lifecycle.Guard;
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
         * A version 2 or 3 document whose hash chain is intact: entries were not edited, dropped, duplicated or
         * reordered unless whoever did so recomputed the chain, which needs no key. Read with the host's
         * {@link CaseSeal} to rule that out.
         */
        CHAIN_INTACT,
        /** A version 2 or 3 document whose chain is intact and whose seal was verified with the host's key. */
        SEALED
    }

    /** @throws NullPointerException if a field is null */
    public CaseDocument {
        Objects.requireNonNull(requestCase, "requestCase");
        Objects.requireNonNull(integrity, "integrity");
    }

    /**
     * The guards the reader could not re-check for this document's entries: those that read the decision beyond its
     * outcomes ({@link DecisionFacts#GUARDS}), for a document older than format version 3, whose decision references
     * carry no {@link DecisionFacts}. A forger without the key could have rewritten such a document so that, say, a
     * refusal cites a ground the decision never found; only the seal (version 2) or re-evaluating the referenced
     * decisions rules that out. Empty for a version 3 document: every guard was re-checked.
     *
     * @return the guards not re-checked, or an empty set
     */
    public Set<Guard> guardsNotRechecked() {
        return schemaVersion < CaseJson.SCHEMA_VERSION ? DecisionFacts.GUARDS : Set.of();
    }

    /** @return the case id, state, version and integrity; the history's free text is not shown */
    @Override
    public String toString() {
        return "CaseDocument[" + requestCase + ", format " + schemaVersion + ", " + integrity + "]";
    }
}
