package org.openmla.examples.casesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.examples.casesystem.EioCase.CLERK;
import static org.openmla.examples.casesystem.EioCase.ID;
import static org.openmla.examples.casesystem.EioCase.OFFICER;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmla.core.json.MlaJson;
import org.openmla.core.lifecycle.Actor;
import org.openmla.core.lifecycle.Command;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.lifecycle.RequestLifecycle;
import org.openmla.core.model.MlaRequest;

/** The repository stores JSON, compares versions atomically and never lets a history entry go. */
class InMemoryCaseRepositoryTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    private final MlaRequest request = MlaJson.create().readRequest(EioCase.json());
    private final InMemoryCaseRepository repository = new InMemoryCaseRepository();

    private RequestCase apply(RequestCase c, CommandType type, Actor actor) {
        return RequestLifecycle.standard().apply(c, Command.of(type, actor, c.version()), clock).requestCase();
    }

    private CaseFile file(RequestCase c) {
        return new CaseFile(request, c, LocalDate.of(2026, 3, 2), EioCase.nothingAgainst(clock.instant()));
    }

    @Test
    void a_file_reads_back_equal_to_what_was_stored() {
        CaseFile received = file(apply(RequestCase.create(ID), CommandType.RECEIVE, CLERK));

        assertThat(repository.insert(received)).isEqualTo(new SaveResult.Saved(ID, 1));

        assertThat(repository.find(ID)).contains(received);
        assertThat(repository.caseDocument(ID)).hasValueSatisfying(json -> assertThat(json).contains("\"caseId\": \"" + ID + "\"", "\"RECEIVE\""));
        assertThat(repository.caseIds()).containsExactly(ID);
    }

    @Test
    void a_case_is_inserted_once() {
        CaseFile received = file(apply(RequestCase.create(ID), CommandType.RECEIVE, CLERK));
        repository.insert(received);

        assertThat(repository.insert(received)).isEqualTo(new SaveResult.AlreadyExists(ID));
    }

    @Test
    void an_update_made_on_an_older_version_is_rejected_and_changes_nothing() {
        RequestCase v1 = apply(RequestCase.create(ID), CommandType.RECEIVE, CLERK);
        repository.insert(file(v1));
        RequestCase v2 = apply(v1, CommandType.ACKNOWLEDGE, CLERK);
        assertThat(repository.update(file(v2), 1)).isEqualTo(new SaveResult.Saved(ID, 2));

        RequestCase otherV2 = apply(v1, CommandType.START_REVIEW, OFFICER);
        assertThat(repository.update(file(otherV2), 1)).isEqualTo(new SaveResult.StaleVersion(ID, 1, 2));

        assertThat(repository.find(ID).orElseThrow().requestCase()).isEqualTo(v2);
    }

    @Test
    void an_update_that_drops_or_changes_a_history_entry_is_rejected() {
        RequestCase v1 = apply(RequestCase.create(ID), CommandType.RECEIVE, CLERK);
        RequestCase v2 = apply(v1, CommandType.ACKNOWLEDGE, CLERK);
        repository.insert(file(v2));

        RequestCase shorter = v1;
        RequestCase rewritten = apply(apply(RequestCase.create(ID), CommandType.RECEIVE, OFFICER), CommandType.START_REVIEW, OFFICER);

        assertThat(repository.update(file(shorter), 2)).isEqualTo(new SaveResult.HistoryNotKept(ID, 2));
        assertThat(repository.update(file(rewritten), 2)).isEqualTo(new SaveResult.HistoryNotKept(ID, 2));
        assertThat(repository.find(ID).orElseThrow().requestCase()).isEqualTo(v2);
    }

    @Test
    void an_update_of_an_unknown_case_is_not_found() {
        RequestCase v1 = apply(RequestCase.create(ID), CommandType.RECEIVE, CLERK);

        assertThat(repository.update(file(v1), 0)).isEqualTo(new SaveResult.NotFound(ID));
        assertThat(repository.caseIds()).isEmpty();
    }

    @Test
    void a_case_file_shows_ids_and_counts_only() {
        CaseFile f = file(apply(RequestCase.create(ID), CommandType.RECEIVE, CLERK));

        assertThat(f.toString()).isEqualTo("CaseFile[" + ID + ", RECEIVED, version 1, " + f.assessments().size() + " assessments]");
        assertThat(List.of(f.version(), f.caseId())).containsExactly(1L, ID);
    }
}
