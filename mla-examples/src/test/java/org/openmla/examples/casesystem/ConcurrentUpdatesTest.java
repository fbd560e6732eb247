package org.openmla.examples.casesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.examples.casesystem.EioCase.CLERK;
import static org.openmla.examples.casesystem.EioCase.COLLEAGUE;
import static org.openmla.examples.casesystem.EioCase.ID;
import static org.openmla.examples.casesystem.EioCase.OFFICER;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.openmla.core.lifecycle.CommandType;
import org.openmla.core.lifecycle.Transition;
import org.openmla.core.model.RequestId;
import org.openmla.core.engine.RulesEngine;
import org.openmla.treaties.BuiltInPacks;

/**
 * Two officers act on the same case at the same time: exactly one change is stored, the other is rejected as stale
 * and can be retried on the new version, and no history entry is lost.
 */
class ConcurrentUpdatesTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"), ZoneId.of("Europe/Paris"));
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /** A repository whose loads wait for each other, so that both officers have read the same version before either stores. */
    private static final class InterleavingRepository implements CaseRepository {
        private final CaseRepository inner;
        private volatile CyclicBarrier loads;

        InterleavingRepository(CaseRepository inner) {
            this.inner = inner;
        }

        void interleaveNextLoads(int parties) {
            loads = new CyclicBarrier(parties);
        }

        @Override
        public SaveResult insert(CaseFile file) {
            return inner.insert(file);
        }

        @Override
        public SaveResult update(CaseFile file, long expectedVersion) {
            return inner.update(file, expectedVersion);
        }

        @Override
        public Optional<CaseFile> find(RequestId caseId) {
            Optional<CaseFile> found = inner.find(caseId);
            CyclicBarrier barrier = loads;
            if (barrier != null) {
                try {
                    barrier.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("the other officer did not load the case", e);
                }
            }
            return found;
        }

        @Override
        public List<RequestId> caseIds() {
            return inner.caseIds();
        }
    }

    @Test
    void of_two_officers_acting_on_the_same_version_one_wins_and_the_other_retries_without_losing_an_entry() throws Exception {
        InMemoryCaseRepository store = new InMemoryCaseRepository();
        InterleavingRepository repository = new InterleavingRepository(store);
        RequestDesk desk = RequestDesk.create(repository, RulesEngine.of(BuiltInPacks.registry()), BuiltInPacks.resolver(), clock);
        long seen = ((DeskResult.Done) desk.receive(EioCase.json(), CLERK)).view().version();

        repository.interleaveNextLoads(2);
        Future<DeskResult> acknowledge = pool.submit(() -> desk.act(ID, seen, CLERK, new OfficerAction.Acknowledge()));
        Future<DeskResult> assess = pool.submit(() -> desk.recordAssessments(ID, seen, OFFICER, EioCase.nothingAgainst(clock.instant())));
        List<DeskResult> results = List.of(acknowledge.get(30, TimeUnit.SECONDS), assess.get(30, TimeUnit.SECONDS));
        repository.interleaveNextLoads(1);

        assertThat(results).filteredOn(DeskResult::isDone).hasSize(1);
        assertThat(results).filteredOn(r -> r instanceof DeskResult.StaleVersion).singleElement()
                .isEqualTo(new DeskResult.StaleVersion(ID, seen, seen + 1));
        CaseFile afterRace = store.find(ID).orElseThrow();
        assertThat(afterRace.version()).isEqualTo(seen + 1);

        // The loser reloads and acts again on the version now stored.
        boolean acknowledgementLost = !results.get(0).isDone();
        DeskResult retried = acknowledgementLost
                ? desk.act(ID, afterRace.version(), CLERK, new OfficerAction.Acknowledge())
                : desk.recordAssessments(ID, afterRace.version(), OFFICER, EioCase.nothingAgainst(clock.instant()));
        assertThat(retried.isDone()).isTrue();

        List<Transition> history = store.find(ID).orElseThrow().requestCase().history();
        assertThat(history).hasSize(4);
        assertThat(history.subList(0, 3)).isEqualTo(afterRace.requestCase().history());
        assertThat(history).extracting(Transition::command).containsExactlyInAnyOrder(CommandType.RECEIVE, CommandType.RECORD_DECISION,
                CommandType.ACKNOWLEDGE, CommandType.RECORD_DECISION);
        assertThat(store.find(ID).orElseThrow().assessments()).hasSize(EioCase.NOTHING_AGAINST.size());
    }

    @RepeatedTest(5)
    void many_officers_racing_on_one_case_never_lose_an_entry() throws Exception {
        InMemoryCaseRepository store = new InMemoryCaseRepository();
        RequestDesk desk = RequestDesk.create(store, RulesEngine.of(BuiltInPacks.registry()), BuiltInPacks.resolver(), clock);
        desk.receive(EioCase.json(), CLERK);
        int officers = 6;
        ExecutorService many = Executors.newFixedThreadPool(officers);
        try {
            List<Future<Integer>> attempts = new ArrayList<>();
            CyclicBarrier start = new CyclicBarrier(officers);
            for (int i = 0; i < officers; i++) {
                final boolean flip = i % 2 == 0;
                attempts.add(many.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    int tries = 0;
                    while (true) {
                        tries++;
                        long version = store.find(ID).orElseThrow().version();
                        DeskResult r = desk.recordAssessments(ID, version, flip ? OFFICER : COLLEAGUE,
                                EioCase.assessments(Map.of("DUAL_CRIMINALITY", flip), clock.instant()));
                        if (r.isDone()) {
                            return tries;
                        }
                        assertThat(r).isInstanceOf(DeskResult.StaleVersion.class);
                    }
                }));
            }
            for (Future<Integer> f : attempts) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            many.shutdownNow();
        }

        CaseFile file = store.find(ID).orElseThrow();
        assertThat(file.version()).isEqualTo(2 + officers);
        assertThat(file.requestCase().history()).hasSize(2 + officers)
                .extracting(Transition::command).containsOnly(CommandType.RECEIVE, CommandType.RECORD_DECISION);
        assertThat(file.requestCase().history()).extracting(t -> t.actor().officerId()).filteredOn(id -> !id.equals(CLERK.officerId()))
                .containsOnly(OFFICER.officerId(), COLLEAGUE.officerId()).hasSize(officers);
    }
}
