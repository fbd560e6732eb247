package org.openmla.store;

import java.util.Objects;
import org.openmla.core.model.RequestId;

/**
 * A stored case failed verification when it was read back: its history rows are not contiguous, do not replay, or
 * disagree with the columns beside them or with the case row. The message names the case id and what disagrees, never
 * a stored value; nothing was written.
 */
public final class StoredCaseCorruptException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final String caseId;

    /**
     * Creates the exception.
     *
     * @param caseId the case that failed verification
     * @param problem what disagrees, without stored values
     */
    public StoredCaseCorruptException(RequestId caseId, String problem) {
        super("stored case " + Objects.requireNonNull(caseId, "caseId").value() + " fails verification: " + problem);
        this.caseId = caseId.value();
    }

    /** @return the id of the case that failed verification */
    public RequestId caseId() {
        return new RequestId(caseId);
    }
}
