package org.openmla.store;

import java.util.Objects;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.model.MlaRequest;

/**
 * A case as read back from the store: the request as received and its case, whose history was replayed and verified.
 * Immutable; {@link #toString()} shows ids, state and version only.
 *
 * @param request the request
 * @param requestCase its case; its id is the request's id
 */
public record StoredCase(MlaRequest request, RequestCase requestCase) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the case is not the request's
     */
    public StoredCase {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(requestCase, "requestCase");
        if (!request.id().equals(requestCase.caseId())) {
            throw new IllegalArgumentException("case " + requestCase.caseId() + " is not the case of request " + request.id());
        }
    }

    @Override
    public String toString() {
        return "StoredCase[" + requestCase.caseId() + ", " + requestCase.state() + ", version " + requestCase.version() + "]";
    }
}
