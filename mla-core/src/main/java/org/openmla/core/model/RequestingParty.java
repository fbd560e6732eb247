package org.openmla.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.openmla.core.internal.Checks;

/**
 * The requesting (issuing) side of a request.
 *
 * @param state the requesting State
 * @param authority the authority making the request; may be absent in a request as received (the rules engine
 *     then reports the request as deficient)
 * @param validatingAuthority the judicial authority that validated the request, where the issuing authority is not
 *     itself judicial (as for a European Investigation Order)
 */
public record RequestingParty(
        @NotNull Jurisdiction state,
        @NotNull Optional<@Valid Authority> authority,
        @NotNull Optional<@Valid Authority> validatingAuthority) {

    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public RequestingParty {
        Checks.required(state, "RequestingParty.state");
        Checks.optional(authority, "RequestingParty.authority");
        Checks.optional(validatingAuthority, "RequestingParty.validatingAuthority");
    }

    /** @return a requesting party with an authority and no validating authority */
    public static RequestingParty of(Jurisdiction state, Authority authority) {
        return new RequestingParty(state, Optional.of(authority), Optional.empty());
    }
}
