package org.openmla.treaties.parties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.rules.Instrument;
import org.openmla.core.rules.Truth;

/**
 * {@link InstrumentParties#binding} words each kind of answer once per State and keeps it: the texts must be those it
 * gave when it worded every answer afresh, on every date, for every kind. The data is made up (instrument TEST1).
 */
class BindingExplanationTest {

    static final Jurisdiction AA = Jurisdiction.of("BE");
    static final Jurisdiction BB = Jurisdiction.of("NL");
    static final Jurisdiction CC = Jurisdiction.of("FR");
    static final Jurisdiction DD = Jurisdiction.of("DE");
    static final LocalDate AS_OF = LocalDate.of(2020, 6, 30);

    static InstrumentParties data(boolean binding, boolean complete) {
        List<Party> parties = binding ? List.of(
                Party.builder(AA, "test data").inForce(LocalDate.of(2005, 1, 1)).until(LocalDate.of(2015, 12, 31)).build(),
                Party.builder(BB, "test data").inForce(LocalDate.of(2010, 3, 1)).build(),
                Party.builder(CC, "test data").partyBy(LocalDate.of(2012, 1, 1)).build()) : List.of();
        return new InstrumentParties(Instrument.of("TEST1", "Made-up convention (test data)", LocalDate.of(2000, 1, 1), LocalDate.of(2003, 1, 1)),
                binding, false, Optional.empty(), Optional.empty(), "2026.1", AS_OF, complete, List.of(), List.of(), List.of(), parties, Set.of(), false);
    }

    @Test
    void every_kind_of_answer_keeps_its_words_on_every_date() {
        InstrumentParties partial = data(true, false);
        InstrumentParties complete = data(true, true);
        InstrumentParties model = data(false, true);
        // asked twice each, in an order that would expose a kept answer given for the wrong date
        for (int round = 0; round < 2; round++) {
            expect(model.binding(AA, LocalDate.of(2010, 1, 1)), Truth.FALSE, "TEST1 is a model and binds no State");
            expect(partial.binding(AA, LocalDate.of(2002, 12, 31)), Truth.FALSE, "TEST1 entered into force only on 2003-01-01");
            expect(partial.binding(AA, LocalDate.of(2004, 12, 31)), Truth.FALSE, "TEST1 enters into force for BE only on 2005-01-01");
            expect(partial.binding(AA, LocalDate.of(2010, 1, 1)), Truth.TRUE, "TEST1 is in force for BE since 2005-01-01");
            expect(partial.binding(AA, LocalDate.of(2016, 1, 1)), Truth.FALSE, "TEST1 ceased to bind BE after 2015-12-31");
            expect(partial.binding(BB, AS_OF), Truth.TRUE, "TEST1 is in force for NL since 2010-03-01");
            expect(partial.binding(BB, AS_OF.plusDays(1)), Truth.TRUE, "TEST1 is in force for NL since 2010-03-01 (party data as of 2020-06-30)");
            expect(partial.binding(CC, LocalDate.of(2011, 12, 31)), Truth.UNKNOWN,
                    "FR is confirmed a party to TEST1 only by 2012-01-01; the date TEST1 entered into force for it is not in the data");
            expect(partial.binding(CC, LocalDate.of(2012, 1, 1)), Truth.TRUE, "FR is confirmed a party to TEST1 by 2012-01-01");
            expect(partial.binding(CC, LocalDate.of(2026, 1, 1)), Truth.TRUE,
                    "FR is confirmed a party to TEST1 by 2012-01-01 (party data as of 2020-06-30)");
            expect(partial.binding(DD, LocalDate.of(2026, 1, 1)), Truth.UNKNOWN,
                    "DE is not in the party data for TEST1, which is a partial list as of 2020-06-30; whether it is bound is not known");
            expect(complete.binding(DD, LocalDate.of(2026, 1, 1)), Truth.FALSE, "DE is not a party to TEST1 (complete party data as of 2020-06-30)");
        }
    }

    @Test
    void a_non_party_is_not_bound_through_its_date_and_unknown_after_it_in_a_partial_list() {
        InstrumentParties partial = data(true, false);
        InstrumentParties withNonParty = new InstrumentParties(partial.instrument(), true, false, Optional.empty(), Optional.empty(), "2026.1", AS_OF,
                false, List.of(), List.of(), List.of(), partial.parties(), Set.of(), false,
                List.of(new NonParty(DD, LocalDate.of(2019, 4, 1), Optional.of(LocalDate.of(2001, 5, 2)), "test data", Optional.empty())), List.of());
        for (int round = 0; round < 2; round++) {
            expect(withNonParty.binding(DD, LocalDate.of(2019, 3, 31)), Truth.FALSE, "DE is not bound by TEST1 on 2019-03-31: DE had not become bound "
                    + "by TEST1 on 2019-04-01 (signed 2001-05-02, not ratified), as test data confirms");
            expect(withNonParty.binding(DD, LocalDate.of(2019, 4, 1)), Truth.FALSE, "DE is not bound by TEST1 on 2019-04-01: DE had not become bound "
                    + "by TEST1 on 2019-04-01 (signed 2001-05-02, not ratified), as test data confirms");
            expect(withNonParty.binding(DD, LocalDate.of(2019, 4, 2)), Truth.UNKNOWN, "DE is not in the party data for TEST1, which is a partial list "
                    + "as of 2020-06-30; DE had not become bound by TEST1 on 2019-04-01 (signed 2001-05-02, not ratified), as test data confirms, but "
                    + "whether it became bound after that date is not known");
            expect(withNonParty.binding(BB, LocalDate.of(2011, 1, 1)), Truth.TRUE, "TEST1 is in force for NL since 2010-03-01");
        }
    }

    @Test
    void an_answer_of_the_same_kind_is_worded_once_and_shared_across_dates() {
        InstrumentParties partial = data(true, false);
        Binding first = partial.binding(BB, LocalDate.of(2011, 1, 1));
        assertThat(partial.binding(BB, LocalDate.of(2019, 5, 5))).isSameAs(first);
        assertThat(partial.binding(BB, LocalDate.of(2021, 5, 5))).isNotEqualTo(first);
        assertThat(partial.withParty(Party.builder(DD, "test data").inForce(LocalDate.of(2011, 1, 1)).build()).binding(BB, LocalDate.of(2011, 1, 1)))
                .isEqualTo(first);
    }

    @Test
    void threads_asking_at_once_get_equal_answers() throws Exception {
        InstrumentParties partial = data(true, false);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Binding>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<Binding> seen = new ArrayList<>();
                    for (int day = 0; day < 9000; day += 7) {
                        for (Jurisdiction s : List.of(AA, BB, CC, DD)) {
                            seen.add(partial.binding(s, LocalDate.of(2002, 1, 1).plusDays(day)));
                        }
                    }
                    return seen;
                }));
            }
            List<Binding> expected = runs.get(0).get();
            for (Future<List<Binding>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
            InstrumentParties fresh = data(true, false);
            int i = 0;
            for (int day = 0; day < 9000; day += 7) {
                for (Jurisdiction s : List.of(AA, BB, CC, DD)) {
                    assertThat(expected.get(i++)).isEqualTo(fresh.binding(s, LocalDate.of(2002, 1, 1).plusDays(day)));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void expect(Binding b, Truth bound, String explanation) {
        assertThat(b.bound()).isEqualTo(bound);
        assertThat(b.explanation()).isEqualTo(explanation);
    }
}
