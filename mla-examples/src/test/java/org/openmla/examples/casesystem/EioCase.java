package org.openmla.examples.casesystem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openmla.core.lifecycle.Actor;
import org.openmla.core.model.RequestId;
import org.openmla.core.engine.Assessment;

/** The shipped EIO sample (Germany to France, a search) and what an officer who finds nothing against it assesses. */
final class EioCase {
    private EioCase() {}

    static final RequestId ID = RequestId.of("DE-LKA-SL-2026-0311");
    static final Actor CLERK = Actor.of("clerk-7", "REGISTRY");
    static final Actor OFFICER = Actor.of("off-0017", "CASE_OFFICER");
    static final Actor COLLEAGUE = Actor.of("off-0042", "CASE_OFFICER");
    static final Actor HEAD = Actor.of("head-03", "HEAD_OF_UNIT");

    static String json() {
        try {
            return Files.readString(Path.of("requests", "eio-search-and-seizure.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nothing stands in the way of the request. */
    static final Map<String, Boolean> NOTHING_AGAINST = Map.ofEntries(
            Map.entry("EIO_LANGUAGE_ACCEPTED", true), Map.entry("EIO_FORM_DEFECTIVE", false), Map.entry("EIO_ISSUING_CONDITIONS_DOUBTED", false),
            Map.entry("MEASURE_NOT_AVAILABLE", false), Map.entry("EIO_LESS_INTRUSIVE_MEASURE", false),
            Map.entry("EIO_SUBSTITUTE_MEASURE_AVAILABLE", false), Map.entry("IMMUNITY_OR_PRIVILEGE", false), Map.entry("PRESS_FREEDOM_RULES", false),
            Map.entry("EIO_NATIONAL_SECURITY", false), Map.entry("EIO_NON_CRIMINAL_PROCEEDINGS", false),
            Map.entry("NOT_AUTHORISED_DOMESTICALLY", false), Map.entry("NE_BIS_IN_IDEM", false), Map.entry("EIO_TERRITORIALITY", false),
            Map.entry("DUAL_CRIMINALITY", true), Map.entry("FUNDAMENTAL_RIGHTS_INCOMPATIBLE", false), Map.entry("EIO_MEASURE_RESTRICTED", false),
            Map.entry("EIO_PREJUDICE_TO_INVESTIGATION", false), Map.entry("EIO_EVIDENCE_USED_IN_OTHER_PROCEEDINGS", false),
            Map.entry("EIO_EXCEPTIONALLY_HIGH_COSTS", false));

    static List<Assessment> nothingAgainst(Instant at) {
        return assessments(NOTHING_AGAINST, at);
    }

    static List<Assessment> assessments(Map<String, Boolean> values, Instant at) {
        List<Assessment> out = new ArrayList<>();
        values.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.add(
                new Assessment(e.getKey(), e.getValue(), Optional.empty(), OFFICER.officerId(), at, Optional.of("checked against the file"))));
        return out;
    }
}
