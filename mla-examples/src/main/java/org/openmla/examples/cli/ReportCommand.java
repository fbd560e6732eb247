package org.openmla.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.openmla.core.json.MlaJson;
import org.openmla.core.json.MlaJsonException;
import org.openmla.core.lifecycle.DeadlineCalendar;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.model.MlaRequest;
import org.openmla.store.CaseStore;
import org.openmla.store.monitoring.Caseload;
import org.openmla.store.monitoring.CaseloadReport;
import org.openmla.store.monitoring.MonitoredCase;
import org.openmla.store.monitoring.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mla report}: the caseload report, from case files or from a case store. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = MlaCommand.Version.class, sortOptions = false,
        description = {"Report on a caseload: time from receipt to acknowledgement, decision and execution (median, 90th percentile),",
            "outcomes and refusal grounds by instrument and counterpart State, deadlines met and missed, requests overdue now.", "",
            "From case files (a case document as the lifecycle writes it, or {\"request\": ..., \"case\": ...} with the request,",
            "which gives the instrument and counterpart), or from a case store (--store JDBC-URL, H2 or PostgreSQL)."})
final class ReportCommand implements Callable<Integer> {

    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CASE-FILE", arity = "0..*", description = "Case files in JSON.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--store", paramLabel = "JDBC-URL",
            description = "Read every case from this store instead, e.g. jdbc:h2:./cases or jdbc:postgresql://host/mla?user=mla.")
    String store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json, csv or html (one self-contained page with charts; default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to this file instead of standard output.")
    Path output;

    @Option(names = "--as-of", paramLabel = "INSTANT", description = "Judge deadlines at this instant, e.g. 2026-11-28T09:00:00Z (default: now).")
    String asOf;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Europe/Brussels",
            description = "The time zone whose calendar counts the deadlines' days and months (default: ${DEFAULT-VALUE}).")
    String zone;

    ReportCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        DeadlineCalendar calendar = DeadlineCalendar.of(LifecycleCommand.zone(zone));
        Instant at = asOf == null ? clock.instant() : instant(asOf);
        CaseloadReport report;
        if (store != null) {
            if (!files.isEmpty()) {
                throw new BadInputException("give case files or --store, not both");
            }
            report = Caseload.report(CaseStore.open(store, calendar), at);
        } else {
            if (files.isEmpty()) {
                throw new BadInputException("give case files or --store JDBC-URL, e.g. 'mla report cases/*.json'");
            }
            Caseload caseload = new Caseload(at, calendar);
            MlaJson json = MlaJson.create();
            for (Path f : files) {
                caseload.add(read(json, f));
            }
            report = caseload.report();
        }
        if (output != null) {
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                format.write(report, w);
            }
            spec.commandLine().getOut().println("mla: wrote the " + format.name().toLowerCase(java.util.Locale.ROOT) + " report on "
                    + report.cases() + " cases to " + output);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            format.write(report, out);
        }
        return MlaCli.EXIT_OK;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadInputException("--as-of: not an instant, e.g. 2026-11-28T09:00:00Z");
        }
    }

    /** A case document, or an object holding the request and its case. */
    static MonitoredCase read(MlaJson json, Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read it (" + e.getClass().getSimpleName() + ")");
        }
        ObjectMapper mapper = json.objectMapper();
        try {
            JsonNode tree = mapper.readTree(text);
            if (tree != null && tree.isObject() && tree.has("case")) {
                if (!tree.has("request") || tree.size() != 2) {
                    throw new BadInputException(file + ": a case file with a request holds exactly \"request\" and \"case\"");
                }
                MlaRequest request = json.readRequest(mapper.writeValueAsString(tree.get("request")));
                RequestCase requestCase = json.readCase(mapper.writeValueAsString(tree.get("case")));
                if (!request.id().equals(requestCase.caseId())) {
                    throw new BadInputException(file + ": the case " + requestCase.caseId().value() + " is not the case of the request "
                            + request.id().value());
                }
                return MonitoredCase.of(request, requestCase);
            }
            return MonitoredCase.of(json.readCase(text));
        } catch (MlaJsonException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        } catch (JsonProcessingException e) {
            throw new BadInputException(file + ": not JSON (line " + e.getLocation().getLineNr() + ")");
        }
    }
}
