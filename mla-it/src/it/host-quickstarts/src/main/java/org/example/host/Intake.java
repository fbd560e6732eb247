package org.example.host;

import java.time.LocalDate;
import java.util.List;
import org.openmla.core.json.MlaJson;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.validation.RequestValidator;
import org.openmla.core.validation.Violation;

/** A host's own code over OpenMLA's public, annotated model types: compiled with -Xlint:all -Werror. */
public final class Intake {
    private final MlaJson json = MlaJson.create();
    private final RequestValidator validator = RequestValidator.create();

    /** @return the problems of a request built and read back through JSON */
    public List<Violation> roundTrip() {
        MlaRequest request = MlaRequest.builder("HOST-2026-1", Jurisdiction.of("NL"), Jurisdiction.of("BE"))
                .legalBasis("UNTOC").dateIssued(LocalDate.of(2026, 3, 1)).measure(MeasureType.BANK_AND_BUSINESS_RECORDS).build();
        return validator.validate(json.readRequest(json.writeRequest(request)));
    }
}
