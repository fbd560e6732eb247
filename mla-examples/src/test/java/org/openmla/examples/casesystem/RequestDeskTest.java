package org.openmla.examples.casesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.examples.casesystem.EioCase.CLERK;
import static org.openmla.examples.casesystem.EioCase.COLLEAGUE;
import static org.openmla.examples.casesystem.EioCase.HEAD;
import static org.openmla.examples.casesystem.EioCase.ID;
import static org.openmla.examples.casesystem.EioCase.OFFICER;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmla.core.json.MlaJson;
import org.openmla.core.lifecycle.CaseDeadline;
import org.openmla.core.lifecycle.CaseState;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.ConsultationRecord;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.TransitionResult;
import org.openmla.core.model.RequestId;
import org.openmla.core.decision.Outcome;
import org.openmla.core.engine.RulesEngine;
import org.openmla.testkit.MlaAssertions;
import org.openmla.treaties.BuiltInPacks;

/** The desk walks an EIO for a search from receipt to closure, and every refusal along the way is a typed result. */
class RequestDeskTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"), ZoneId.of("Europe/Paris"));
    private InMemoryCaseRepository repository;
    private RequestDesk desk;

    @BeforeEach
    void setUp() {
        repository = new InMemoryCaseRepository();
        desk = RequestDesk.create(repository, RulesEngine.of(BuiltInPacks.registry()), BuiltInPacks.resolver(), clock);
    }

    private CaseView received() {
        DeskResult r = desk.receive(EioCase.json(), CLERK);
        assertThat(r).isInstanceOf(DeskResult.Done.class);
        return ((DeskResult.Done) r).view();
    }

    private CaseView done(DeskResult r) {
        assertThat(r).as("%s", r).isInstanceOf(DeskResult.Done.class);
        return ((DeskResult.Done) r).view();
    }

    @Test
    void receiving_opens_the_case_records_the_decision_and_starts_the_deadlines_from_receipt() {
        CaseView view = received();

        assertThat(view.file().lawDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(view.decision()).hasValueSatisfying(d -> {
            assertThat(d.outcome()).isEqualTo(Outcome.PENDING_ASSESSMENT);
            assertThat(d.packs()).extracting(p -> p.id()).containsExactly("EIO");
        });
        MlaAssertions.assertThat(view.requestCase()).isIn(CaseState.RECEIVED).hasVersion(2)
                .hasDeadline("EIO art. 16(1)", CaseDeadline.Status.RUNNING)
                .hasDeadline("EIO art. 12(3)", CaseDeadline.Status.RUNNING)
                .hasDeadline("EIO art. 12(4)", CaseDeadline.Status.PENDING);
        assertThat(view.requestCase().history()).extracting(t -> t.command()).containsExactly(CommandType.RECEIVE, CommandType.RECORD_DECISION);
        assertThat(repository.find(ID)).hasValueSatisfying(stored -> assertThat(stored.requestCase()).isEqualTo(view.requestCase()));
    }

    @Test
    void a_request_is_walked_from_receipt_to_closure_and_the_stored_json_replays_to_the_same_case() {
        CaseView v = received();
        clock.advance(Duration.ofHours(3));
        v = done(desk.act(ID, v.version(), CLERK, new OfficerAction.Acknowledge()));
        clock.advance(Duration.ofDays(1));
        v = done(desk.act(ID, v.version(), OFFICER, new OfficerAction.StartReview()));

        clock.advance(Duration.ofDays(2));
        v = done(desk.recordAssessments(ID, v.version(), OFFICER, EioCase.nothingAgainst(clock.instant())));
        assertThat(v.decision()).hasValueSatisfying(d -> assertThat(d.outcome()).isEqualTo(Outcome.GRANT_WITH_CONDITIONS));
        assertThat(v.file().assessments()).hasSize(EioCase.NOTHING_AGAINST.size());

        clock.advance(Duration.ofDays(1));
        v = done(desk.act(ID, v.version(), HEAD, OfficerAction.Accept.all()));
        clock.advance(Duration.ofDays(1));
        v = done(desk.act(ID, v.version(), OFFICER, new OfficerAction.StartExecution()));
        clock.advance(Duration.ofDays(20));
        v = done(desk.act(ID, v.version(), OFFICER, new OfficerAction.CompleteExecution()));
        clock.advance(Duration.ofDays(1));
        v = done(desk.act(ID, v.version(), OFFICER, new OfficerAction.Close(Optional.empty())));

        RequestCase closed = v.requestCase();
        MlaAssertions.assertThat(closed).isIn(CaseState.CLOSED).hasVersion(9).hasAcceptedMeasures(0).hasExecutedMeasures(0)
                .hasDeadline("EIO art. 16(1)", CaseDeadline.Status.MET)
                .hasDeadline("EIO art. 12(3)", CaseDeadline.Status.MET)
                .hasDeadline("EIO art. 12(4)", CaseDeadline.Status.MET)
                .hasNoOverdueDeadlines(clock.instant());
        String stored = repository.caseDocument(ID).orElseThrow();
        assertThat(MlaJson.create().readCase(stored)).isEqualTo(closed);
        assertThat(RequestCase.replay(ID, closed.history())).isEqualTo(closed);
        assertThat(desk.find(ID)).hasValueSatisfying(found -> assertThat(found.requestCase()).isEqualTo(closed));
    }

    @Test
    void the_decision_recorded_is_the_one_the_stored_file_reproduces() {
        CaseView v = received();
        v = done(desk.recordAssessments(ID, v.version(), OFFICER, EioCase.nothingAgainst(clock.instant())));
        String recorded = v.requestCase().latestDecision().orElseThrow().decisionId();

        assertThat(desk.find(ID).flatMap(CaseView::decision)).hasValueSatisfying(d -> assertThat(d.decisionId()).isEqualTo(recorded));
    }

    @Test
    void a_later_assessment_replaces_the_earlier_one_of_the_same_key() {
        CaseView v = received();
        v = done(desk.recordAssessments(ID, v.version(), OFFICER, EioCase.nothingAgainst(clock.instant())));
        clock.advance(Duration.ofHours(1));
        Map<String, Boolean> changed = new HashMap<>();
        changed.put("FUNDAMENTAL_RIGHTS_INCOMPATIBLE", true);
        v = done(desk.recordAssessments(ID, v.version(), COLLEAGUE, EioCase.assessments(changed, clock.instant())));

        assertThat(v.file().assessments()).hasSize(EioCase.NOTHING_AGAINST.size())
                .filteredOn(a -> a.key().equals("FUNDAMENTAL_RIGHTS_INCOMPATIBLE")).singleElement()
                .satisfies(a -> assertThat(a.value()).isTrue());
        assertThat(v.decision()).hasValueSatisfying(d -> assertThat(d.outcome()).isEqualTo(Outcome.MAY_REFUSE));
    }

    @Test
    void a_malformed_request_is_reported_with_every_problem_and_nothing_is_stored() {
        String broken = EioCase.json().replace("\"requestedState\": \"FR\"", "\"requestedState\": \"XX\"").replace("\"SEARCH_AND_SEIZURE\"", "\"SEARCH\"");

        DeskResult r = desk.receive(broken, CLERK);

        assertThat(r).isInstanceOfSatisfying(DeskResult.MalformedRequest.class, m -> assertThat(m.problems())
                .extracting(p -> p.pointer()).contains("/requestedState", "/measures/0/type"));
        assertThat(repository.caseIds()).isEmpty();
    }

    @Test
    void the_same_request_is_received_once() {
        received();

        assertThat(desk.receive(EioCase.json(), CLERK)).isEqualTo(new DeskResult.AlreadyReceived(ID));
        assertThat(repository.find(ID)).hasValueSatisfying(f -> assertThat(f.version()).isEqualTo(2));
    }

    @Test
    void an_unknown_case_is_not_found() {
        RequestId unknown = RequestId.of("XX-1");
        assertThat(desk.act(unknown, 0, OFFICER, new OfficerAction.StartReview())).isEqualTo(new DeskResult.NotFound(unknown));
        assertThat(desk.recordAssessments(unknown, 0, OFFICER, List.of())).isEqualTo(new DeskResult.NotFound(unknown));
        assertThat(desk.find(unknown)).isEmpty();
    }

    @Test
    void acting_on_a_version_already_superseded_is_rejected_as_stale_and_stores_nothing() {
        CaseView v = received();
        long seen = v.version();
        done(desk.act(ID, seen, CLERK, new OfficerAction.Acknowledge()));

        DeskResult late = desk.act(ID, seen, OFFICER, new OfficerAction.StartReview());

        assertThat(late).isEqualTo(new DeskResult.StaleVersion(ID, seen, seen + 1));
        assertThat(repository.find(ID).orElseThrow().requestCase().history()).extracting(t -> t.command())
                .containsExactly(CommandType.RECEIVE, CommandType.RECORD_DECISION, CommandType.ACKNOWLEDGE);
    }

    @Test
    void accepting_while_decisive_questions_are_open_is_rejected_by_the_guards() {
        CaseView v = received();
        v = done(desk.act(ID, v.version(), OFFICER, new OfficerAction.StartReview()));

        DeskResult r = desk.act(ID, v.version(), HEAD, OfficerAction.Accept.all());

        assertThat(r).isInstanceOfSatisfying(DeskResult.Rejected.class, rejected -> MlaAssertions.assertThat(rejected.rejection())
                .wasRejectedAs(TransitionResult.Reason.GUARD_FAILED).wasRejectedBecause("accept.no-open-mandatory-question"));
        assertThat(repository.find(ID).orElseThrow().version()).isEqualTo(v.version());
    }

    @Test
    void a_refusal_waits_for_the_consultation_and_must_cite_a_ground_the_decision_found() {
        CaseView v = received();
        v = done(desk.act(ID, v.version(), OFFICER, new OfficerAction.StartReview()));
        Map<String, Boolean> values = new HashMap<>(EioCase.NOTHING_AGAINST);
        values.put("IMMUNITY_OR_PRIVILEGE", true);
        v = done(desk.recordAssessments(ID, v.version(), OFFICER, EioCase.assessments(values, clock.instant())));
        assertThat(v.decision()).hasValueSatisfying(d -> assertThat(d.outcome()).isEqualTo(Outcome.MAY_REFUSE));

        DeskResult wrongGround = desk.act(ID, v.version(), HEAD, new OfficerAction.Refuse(List.of("DUAL_CRIMINALITY"), "No dual criminality."));
        assertThat(wrongGround).isInstanceOfSatisfying(DeskResult.Rejected.class, rejected -> MlaAssertions.assertThat(rejected.rejection())
                .wasRejectedBecause("refuse.grounds-found").wasRejectedBecause("refuse.consulted"));
        DeskResult notConsulted = desk.act(ID, v.version(), HEAD,
                new OfficerAction.Refuse(List.of("IMMUNITY_OR_PRIVILEGE"), "The search would breach a privilege under French law."));
        assertThat(notConsulted).isInstanceOfSatisfying(DeskResult.Rejected.class, rejected -> assertThat(rejected.rejection().guards())
                .extracting(g -> g.id()).containsExactly("refuse.consulted"));

        v = done(desk.act(ID, v.version(), OFFICER, new OfficerAction.Consult()));
        v = done(desk.act(ID, v.version(), OFFICER, new OfficerAction.RecordConsultation(ConsultationRecord.Result.NO_AGREEMENT)));
        CaseView refused = done(desk.act(ID, v.version(), HEAD,
                new OfficerAction.Refuse(List.of("IMMUNITY_OR_PRIVILEGE"), "The search would breach a privilege under French law.")));
        MlaAssertions.assertThat(refused.requestCase()).isIn(CaseState.REFUSED)
                .hasDeadline("EIO art. 12(3)", CaseDeadline.Status.MET)
                .hasDeadline("EIO art. 12(4)", CaseDeadline.Status.LAPSED);
        assertThat(refused.requestCase().last().orElseThrow().detail().groundIds()).containsExactly("IMMUNITY_OR_PRIVILEGE");
    }

    @Test
    void assessments_cannot_be_recorded_after_the_request_is_decided() {
        CaseView v = received();
        v = done(desk.act(ID, v.version(), OFFICER, new OfficerAction.StartReview()));
        v = done(desk.recordAssessments(ID, v.version(), OFFICER, EioCase.nothingAgainst(clock.instant())));
        v = done(desk.act(ID, v.version(), HEAD, OfficerAction.Accept.all()));

        DeskResult late = desk.recordAssessments(ID, v.version(), OFFICER, EioCase.nothingAgainst(clock.instant()));

        assertThat(late).isInstanceOfSatisfying(DeskResult.Rejected.class, r -> assertThat(r.rejection().reason())
                .isEqualTo(TransitionResult.Reason.ILLEGAL_TRANSITION));
    }

    @Test
    void nothing_the_desk_returns_shows_the_contents_of_the_request() {
        CaseView v = received();
        String shown = v.toString() + v.file() + desk.act(ID, v.version(), OFFICER, new OfficerAction.StartReview())
                + desk.receive(EioCase.json().replace("\"requestedState\": \"FR\"", "\"requestedState\": \"XX\""), CLERK);

        // The suspect's name and the facts of the sample request.
        assertThat(shown).doesNotContain("Hoffstetter", "Saarbr", "Forbach", "amphetamine").contains(ID.value());
    }
}
