package org.openmla.core.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.openmla.core.internal.Checks;

/**
 * How a request was sent.
 *
 * @param channel the channel used
 * @param form written, by a means producing a written record, or oral
 * @param writtenConfirmation for an oral request, the date it was confirmed in writing, if it has been
 */
public record Transmission(
        @NotNull TransmissionChannel channel,
        @NotNull TransmissionForm form,
        @NotNull Optional<LocalDate> writtenConfirmation) {

    /** @throws org.openmla.core.InvalidValueException if a field is null */
    public Transmission {
        Checks.required(channel, "Transmission.channel");
        Checks.required(form, "Transmission.form");
        Checks.optional(writtenConfirmation, "Transmission.writtenConfirmation");
    }

    /** @return a written transmission through a channel */
    public static Transmission written(TransmissionChannel channel) {
        return new Transmission(channel, TransmissionForm.WRITTEN, Optional.empty());
    }
}
