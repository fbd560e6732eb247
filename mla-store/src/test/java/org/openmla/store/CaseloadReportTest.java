package org.openmla.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.DeadlineCalendar;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.TransitionDetail;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.decision.Outcome;
import org.openmla.store.monitoring.CaseOutcome;
import org.openmla.store.monitoring.Caseload;
import org.openmla.store.monitoring.CaseloadReport;
import org.openmla.store.monitoring.MonitoredCase;
import org.openmla.store.monitoring.ReportFormat;
import org.openmla.store.monitoring.Stage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A small caseload a central authority would recognise: two requests from the Netherlands executed after a day and
 * after a week, one from Germany refused, one from Germany received and left without acknowledgement for 40 days.
 */
class CaseloadReportTest {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final DeadlineCalendar UTC = DeadlineCalendar.of(ZoneOffset.UTC);
    static final Instant AS_OF = T0.plus(Duration.ofDays(40));

    static List<MonitoredCase> caseload() {
        RequestCase fast = Story.of("NL-1", T0).receivedAndReviewed().accepted().executed().build();
        RequestCase slow = Story.of("NL-2", T0).then(CommandType.RECEIVE).after(Duration.ofDays(1))
                .then(CommandType.RECORD_DECISION, Optional.empty(), new TransitionDetail(Optional.of(Story.decision(Outcome.GRANT, 2)), List.of(),
                        List.of(), List.of(), Optional.empty(), List.of(Story.ACKNOWLEDGE_IN_5_DAYS, Story.DECIDE_IN_30_DAYS), Optional.empty()), Story.OFFICER)
                .after(Duration.ofDays(6)).then(CommandType.ACKNOWLEDGE).then(CommandType.START_REVIEW).accepted().executed().build();
        RequestCase refused = Story.of("DE-1", T0).receivedAndReviewed().refused("PREJUDICE_TO_INVESTIGATION").build();
        RequestCase forgotten = Story.of("DE-2", T0).then(CommandType.RECEIVE)
                .then(CommandType.RECORD_DECISION, Optional.empty(), new TransitionDetail(Optional.of(Story.decision(Outcome.GRANT, 2)), List.of(),
                        List.of(), List.of(), Optional.empty(), List.of(Story.ACKNOWLEDGE_IN_5_DAYS, Story.DECIDE_IN_30_DAYS), Optional.empty()), Story.OFFICER)
                .build();
        return List.of(
                new MonitoredCase(fast, Optional.of("UNTOC"), Optional.of(Jurisdiction.of("NL"))),
                new MonitoredCase(slow, Optional.of("UNTOC"), Optional.of(Jurisdiction.of("NL"))),
                new MonitoredCase(refused, Optional.of("UNTOC"), Optional.of(Jurisdiction.of("DE"))),
                new MonitoredCase(forgotten, Optional.of("UNTOC"), Optional.of(Jurisdiction.of("DE"))));
    }

    @Test
    void times_outcomes_grounds_and_deadlines_are_counted() {
        CaseloadReport r = Caseload.report(caseload(), AS_OF, UTC);

        assertThat(r.cases()).isEqualTo(4);
        assertThat(r.byState()).containsEntry(CaseState.EXECUTED, 2).containsEntry(CaseState.REFUSED, 1).containsEntry(CaseState.RECEIVED, 1);
        // Acknowledged after 2 h (NL-1), 2 h (DE-1) and 7 days 2 h (NL-2): nearest-rank median 2 h, 90th percentile 170 h.
        CaseloadReport.StageTimes ack = r.times().get(0);
        assertThat(ack.stage()).isEqualTo(Stage.ACKNOWLEDGEMENT);
        assertThat(ack.count()).isEqualTo(3);
        assertThat(ack.median()).contains(Duration.ofHours(2));
        assertThat(ack.p90()).contains(Duration.ofHours(170));
        CaseloadReport.StageTimes execution = r.times().get(2);
        assertThat(execution.count()).isEqualTo(2);
        assertThat(execution.median()).contains(Duration.ofHours(6));

        assertThat(r.outcomes()).containsExactly(
                new CaseloadReport.OutcomeCount("UNTOC", "DE", CaseOutcome.PENDING, 1),
                new CaseloadReport.OutcomeCount("UNTOC", "DE", CaseOutcome.REFUSED, 1),
                new CaseloadReport.OutcomeCount("UNTOC", "NL", CaseOutcome.ACCEPTED, 2));
        assertThat(r.refusalGrounds()).containsExactly(new CaseloadReport.GroundCount("UNTOC", "DE", "PREJUDICE_TO_INVESTIGATION", 1));

        // Acknowledgement: NL-1 and DE-1 on time, NL-2 late (after 7 days against 5), DE-2 overdue.
        // Decision: NL-1, NL-2 and DE-1 on time, DE-2 overdue (day 40 against 30).
        CaseloadReport.RuleDeadlines ackRule = r.deadlinesByRule().get(0);
        assertThat(ackRule.ruleId()).isEqualTo("TEST_ACK");
        assertThat(ackRule.tally()).isEqualTo(new CaseloadReport.DeadlineTally(2, 1, 0, 0, 1, 0));
        assertThat(r.deadlines()).isEqualTo(new CaseloadReport.DeadlineTally(5, 1, 0, 0, 2, 0));
        assertThat(r.deadlines().missed()).isEqualTo(3);
        assertThat(r.overdue()).extracting(o -> o.caseId().value() + " " + o.ruleId() + " " + o.overdueBy().toDays())
                .containsExactly("DE-2 TEST_ACK 35", "DE-2 TEST_DECIDE 10");
    }

    @Test
    void percentiles_are_by_nearest_rank() {
        List<MonitoredCase> ten = LongStream.rangeClosed(1, 10).mapToObj(h -> new MonitoredCase(Story.of("C-" + h, T0).then(CommandType.RECEIVE)
                .after(Duration.ofHours(h - 1)).then(CommandType.ACKNOWLEDGE).build(), Optional.empty(), Optional.empty())).toList();

        CaseloadReport.StageTimes ack = Caseload.report(ten, AS_OF, UTC).times().get(0);

        assertThat(ack.median()).contains(Duration.ofHours(5));
        assertThat(ack.p90()).contains(Duration.ofHours(9));
        assertThat(ack.longest()).contains(Duration.ofHours(10));
        assertThat(Caseload.report(List.of(), AS_OF, UTC).times().get(0).median()).isEmpty();
    }

    @Test
    void json_and_csv_carry_the_same_figures() throws Exception {
        CaseloadReport r = Caseload.report(caseload(), AS_OF, UTC);

        JsonNode json = new ObjectMapper().readTree(ReportFormat.JSON.write(r));
        assertThat(json.get("cases").asInt()).isEqualTo(4);
        assertThat(json.get("times").get(0).get("medianSeconds").asLong()).isEqualTo(7200);
        assertThat(json.get("deadlines").get("missed").asInt()).isEqualTo(3);
        assertThat(json.get("overdue").get(0).get("caseId").asText()).isEqualTo("DE-2");

        String csv = ReportFormat.CSV.write(r);
        assertThat(csv.lines().findFirst()).contains("section,instrument,counterpart,item,measure,value");
        assertThat(csv.lines()).contains("outcome,UNTOC,NL,ACCEPTED,count,2", "refusal_ground,UNTOC,DE,PREJUDICE_TO_INVESTIGATION,count,1",
                "time_from_receipt,,,ACKNOWLEDGEMENT,median_seconds,7200", "deadlines,,,all,overdue,2");

        String table = ReportFormat.TABLE.write(r);
        assertThat(table).contains("Caseload report as of 2026-04-11T09:00:00Z: 4 cases", "ACKNOWLEDGEMENT  3      2.0 h", "Overdue now (2)");
    }

    @Test
    void the_html_page_is_self_contained_and_shows_the_figures_and_charts() throws Exception {
        String html = ReportFormat.HTML.write(Caseload.report(caseload(), AS_OF, UTC));

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        Document page = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));

        assertThat(page.getElementsByTagName("script").getLength()).isZero();
        assertThat(html).doesNotContain("src=", "href=", "@import", "url(");
        assertThat(page.getElementById("case-count")).isNull(); // DOM ids need a schema; find it by hand
        assertThat(text(page, "strong")).contains("4");
        NodeList svgs = page.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        assertThat(svgs.getLength()).isEqualTo(4);
        List<String> chartIds = java.util.stream.IntStream.range(0, svgs.getLength()).mapToObj(i -> ((Element) svgs.item(i)).getAttribute("id")).toList();
        assertThat(chartIds).containsExactly("time-chart", "outcome-chart", "ground-chart", "deadline-chart");
        Element outcomes = (Element) svgs.item(1);
        assertThat(outcomes.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength()).isEqualTo(3);
        assertThat(outcomes.getTextContent()).contains("UNTOC / NL", "UNTOC / DE", "ACCEPTED 2");
        assertThat(text(page, "td")).contains("DE-2", "UNTOC art. 18(13)", "PREJUDICE_TO_INVESTIGATION");
    }

    private static List<String> text(Document page, String tag) {
        NodeList nodes = page.getElementsByTagName(tag);
        return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
    }
}
