package org.openmla.store.monitoring;

import java.util.Objects;
import java.util.Optional;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.model.MlaRequest;

/**
 * A case as the caseload report counts it: the case, the instrument it is counted under and the counterpart State.
 * Immutable; no personal data.
 *
 * @param requestCase the case
 * @param instrument the instrument ({@link #instrumentOf(MlaRequest)}), if known
 * @param counterpart the other State ({@link #of(MlaRequest, RequestCase)}), if known
 */
public record MonitoredCase(RequestCase requestCase, Optional<String> instrument, Optional<Jurisdiction> counterpart) {

    /** @throws NullPointerException if a field is null */
    public MonitoredCase {
        Objects.requireNonNull(requestCase, "requestCase");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(counterpart, "counterpart");
    }

    /**
     * A case with its request: counted under the request's first legal basis, with the requesting State as counterpart
     * (the requested State, when the history shows this side {@link CommandType#SUBMIT submitted} the request).
     *
     * @param request the request
     * @param requestCase its case
     * @return the case to count
     */
    public static MonitoredCase of(MlaRequest request, RequestCase requestCase) {
        Objects.requireNonNull(request, "request");
        Jurisdiction counterpart = requestCase.recorded(CommandType.SUBMIT) ? request.requestedState() : request.requestingParty().state();
        return new MonitoredCase(requestCase, instrumentOf(request), Optional.of(counterpart));
    }

    /**
     * A case without its request: counted under the first pack of the latest decision it recorded (the built-in packs
     * are named after their instruments), with an unknown counterpart.
     *
     * @param requestCase the case
     * @return the case to count
     */
    public static MonitoredCase of(RequestCase requestCase) {
        Optional<String> pack = requestCase.latestDecision().flatMap(d -> d.packs().stream().findFirst()).map(p -> p.id());
        return new MonitoredCase(requestCase, pack, Optional.empty());
    }

    /**
     * The instrument a request is counted and indexed under: the instrument of its first legal basis, or
     * {@code RECIPROCITY} or {@code COMITY} for those bases; empty if it claims none.
     *
     * @param request the request
     * @return the instrument id
     */
    public static Optional<String> instrumentOf(MlaRequest request) {
        if (request.legalBasis().isEmpty()) {
            return Optional.empty();
        }
        LegalBasis first = request.legalBasis().get(0);
        return Optional.of(first.instrument().orElse(first.kind().name()));
    }
}
