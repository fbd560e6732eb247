package org.openmla.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmla.core.json.MlaJson;
import org.openmla.core.lifecycle.Actor;
import org.openmla.core.lifecycle.Command;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.RequestLifecycle;
import org.openmla.core.lifecycle.TransitionResult;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.engine.RulesEngine;
import org.openmla.treaties.BuiltInPacks;
import org.w3c.dom.Document;

/**
 * {@code mla report} on case files: the shipped EIO sample from Germany received and left unacknowledged, and
 * the same case as a bare case document; every format, and bad input named without a stack trace.
 */
class ReportCommandTest {
    private static final Actor CLERK = Actor.of("clerk-7", "REGISTRY");
    private static final Instant RECEIVED = Instant.parse("2026-11-02T09:00:00Z");

    @TempDir
    Path dir;
    Path withRequest;
    Path bare;

    @BeforeEach
    void writeCaseFiles() throws Exception {
        MlaJson json = MlaJson.create();
        MlaRequest request = json.readRequest(Path.of("requests", "eio-search-and-seizure.json"));
        Decision decision = RulesEngine.of(BuiltInPacks.registry()).evaluate(Evaluation.of(request).pack("EIO")
                .lawDate(java.time.LocalDate.of(2026, 11, 2)).build());
        RequestCase c = RequestCase.create(request.id());
        java.time.Clock at = java.time.Clock.fixed(RECEIVED, ZoneOffset.UTC);
        c = applied(RequestLifecycle.standard().apply(c, Command.of(CommandType.RECEIVE, CLERK, 0), at));
        c = applied(RequestLifecycle.standard().apply(c, Command.recordDecision(CLERK, 1, decision), at));
        assertThat(c.deadlines()).as("the EIO pack declares deadlines running from receipt").isNotEmpty();

        withRequest = dir.resolve("with-request.json");
        Files.writeString(withRequest, "{\"request\": " + json.writeRequest(request) + ", \"case\": " + json.writeCase(c) + "}");
        bare = dir.resolve("bare.json");
        Files.writeString(bare, json.writeCase(c));
    }

    private static RequestCase applied(TransitionResult r) {
        assertThat(r).isInstanceOf(TransitionResult.Applied.class);
        return r.requestCase();
    }

    @Test
    void the_table_counts_the_case_under_its_instrument_and_counterpart() {
        CliRun run = CliRun.of("report", withRequest.toString(), "--as-of", RECEIVED.plus(Duration.ofDays(1)).toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Caseload report as of 2026-11-03T09:00:00Z: 1 cases", "EIO         DE           PENDING  1",
                "Overdue now (0)");
    }

    @Test
    void a_bare_case_document_is_counted_under_its_decisions_pack_and_an_unknown_counterpart() {
        CliRun run = CliRun.of("report", bare.toString(), "--format", "csv", "--as-of", "2026-11-03T09:00:00Z");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines()).contains("outcome,EIO,unknown,PENDING,count,1");
    }

    @Test
    void json_lists_what_is_overdue_a_year_later() throws Exception {
        CliRun run = CliRun.of("report", withRequest.toString(), bare.toString(), "--format", "json", "--as-of", "2027-11-02T09:00:00Z");

        assertThat(run.code()).as(run.err()).isZero();
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertThat(tree.get("cases").asInt()).isEqualTo(2);
        assertThat(tree.get("overdue").size()).isPositive().isEven();
        assertThat(tree.get("deadlines").get("overdue").asInt()).isEqualTo(tree.get("overdue").size());
    }

    @Test
    void html_is_written_to_one_self_contained_page() throws Exception {
        Path page = dir.resolve("report.html");
        CliRun run = CliRun.of("report", withRequest.toString(), "--format", "html", "--output", page.toString(), "--as-of", "2027-11-02T09:00:00Z");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote the html report on 1 cases to " + page);
        String html = Files.readString(page);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagName("svg").getLength()).isEqualTo(4);
        assertThat(doc.getElementsByTagName("rect").getLength()).isPositive();
        assertThat(html).doesNotContain("src=", "href=", "url(").contains("EIO / DE", "EIO art. 12(3)");
        // The request's personal data never reaches the report.
        assertThat(html).doesNotContain(personalData());
    }

    private static String personalData() throws Exception {
        MlaRequest request = MlaJson.create().readRequest(Path.of("requests", "eio-search-and-seizure.json"));
        return request.persons().stream().flatMap(p -> p.name().stream()).findFirst().orElseThrow();
    }

    @Test
    void bad_input_is_named_without_a_stack_trace() {
        CliRun missing = CliRun.of("report", dir.resolve("nope.json").toString());
        assertThat(missing.code()).isEqualTo(MlaCli.EXIT_BAD_INPUT);
        assertThat(missing.err()).contains("nope.json: no such file").doesNotContain("Exception");

        CliRun neither = CliRun.of("report");
        assertThat(neither.code()).isEqualTo(MlaCli.EXIT_BAD_INPUT);
        assertThat(neither.err()).contains("give case files or --store");

        CliRun both = CliRun.of("report", withRequest.toString(), "--store", "jdbc:h2:mem:x");
        assertThat(both.code()).isEqualTo(MlaCli.EXIT_BAD_INPUT);

        CliRun unreachable = CliRun.of("report", "--store", "jdbc:postgresql://localhost:1/mla?password=secret");
        assertThat(unreachable.code()).isEqualTo(MlaCli.EXIT_BAD_INPUT);
        assertThat(unreachable.err()).contains("cannot reach the database jdbc:postgresql://localhost:1/mla").doesNotContain("secret");

        CliRun format = CliRun.of("report", withRequest.toString(), "--format", "pdf");
        assertThat(format.code()).isEqualTo(MlaCli.EXIT_BAD_INPUT);
    }

    @Test
    void a_case_file_whose_history_was_edited_is_rejected_with_its_name() throws Exception {
        Path edited = dir.resolve("edited.json");
        String original = Files.readString(bare);
        String claimed = original.replaceFirst("\"state\"\\s*:\\s*\"RECEIVED\"", "\"state\": \"ACCEPTED\"");
        assertThat(claimed).isNotEqualTo(original);
        Files.writeString(edited, claimed);
        CliRun run = CliRun.of("report", edited.toString());

        assertThat(run.code()).isEqualTo(MlaCli.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("edited.json").contains("state");
    }
}
