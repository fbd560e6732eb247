package org.openmla.treaties.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.openmla.core.engine.Assessment;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.treaties.BuiltInPacks;

/**
 * The resolver keeps what it works out per pair of States and date, and per shape of request ({@link ResolvedPairs}); a
 * kept answer must be the answer worked out afresh: the same resolution, check, notes and evaluation, whatever was asked
 * before, on one thread or several, and after the kept answers are dropped for space.
 */
class ResolvedPairsProperties {

    private static final LegalBasisResolver SHARED = BuiltInPacks.resolver();
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final List<String> STATES = List.of("AT", "BE", "CH", "DE", "DK", "FR", "GB", "IE", "NL", "NO", "AL", "GE", "US", "KR");
    private static final List<LegalBasis> BASES = List.of(LegalBasis.treaty("UNTOC"), LegalBasis.treaty("UNCAC"), LegalBasis.treaty("ETS30"),
            LegalBasis.treaty("ETS182"), LegalBasis.treaty("EIO"), LegalBasis.treaty("EAW"), LegalBasis.treaty("ETS185"),
            LegalBasis.treaty("UN_MODEL_TREATY"), LegalBasis.reciprocity());

    /** A resolver that has kept nothing yet. */
    static LegalBasisResolver fresh() {
        return SHARED.withPartyData(SHARED.partyData());
    }

    @Provide
    Arbitrary<String> state() {
        return Arbitraries.of(STATES);
    }

    /** Few States, dates and measures, so that most tries meet answers kept by earlier ones. */
    @Provide
    Arbitrary<String> near() {
        return Arbitraries.of("NL", "CH", "FR", "IE", "US");
    }

    @Provide
    Arbitrary<List<LegalBasis>> fewBases() {
        return Arbitraries.of(List.<LegalBasis>of(), List.of(LegalBasis.treaty("UNTOC")), List.of(LegalBasis.treaty("EIO")),
                List.of(LegalBasis.treaty("ETS30"), LegalBasis.treaty("UNTOC")));
    }

    @Provide
    Arbitrary<List<MeasureType>> measures() {
        return Arbitraries.of(MeasureType.SEARCH_AND_SEIZURE, MeasureType.JOINT_INVESTIGATION_TEAM, MeasureType.EXPEDITED_PRESERVATION,
                MeasureType.PRODUCTION_ORDER, MeasureType.SURRENDER, MeasureType.SERVICE_OF_DOCUMENTS).list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 400)
    void a_preparation_kept_for_a_close_request_equals_one_worked_out_afresh(@ForAll("near") String from, @ForAll("near") String to,
            @ForAll("fewBases") List<LegalBasis> bases, @ForAll("measures") List<MeasureType> measures,
            @ForAll @IntRange(min = 2016, max = 2017) int year, @ForAll @IntRange(min = 0, max = 3) int hostVariant) {
        a_kept_preparation_equals_one_worked_out_afresh(from, to, bases, measures, year, hostVariant);
    }

    @Provide
    Arbitrary<List<LegalBasis>> bases() {
        return Arbitraries.of(BASES).list().ofMaxSize(2);
    }

    /** The shape found last is recognised without making the request's list of measure types: the two ways agree. */
    @Property(tries = 400)
    void a_request_is_of_a_kept_shape_exactly_when_its_measure_types_are_the_kept_ones(@ForAll("measures") List<MeasureType> measures,
            @ForAll("measures") List<MeasureType> other) {
        MlaRequest r = request("NL-9", "NL", "CH", List.of(), measures);
        List<MeasureType> own = LegalBasisClaims.measureTypes(r);
        List<MeasureType> candidate = other.stream().distinct().toList();

        assertThat(LegalBasisClaims.sameMeasureTypes(r, own)).isTrue();
        assertThat(LegalBasisClaims.sameMeasureTypes(r, candidate)).isEqualTo(own.equals(candidate));
        assertThat(LegalBasisClaims.sameMeasureTypes(r, other)).isEqualTo(own.equals(other));
    }

    static MlaRequest request(String id, String from, String to, List<LegalBasis> bases, List<MeasureType> measures) {
        MlaRequest.Builder b = MlaRequest.builder(id, Jurisdiction.of(from), Jurisdiction.of(to));
        bases.stream().distinct().forEach(b::legalBasis);
        measures.forEach(b::measure);
        return b.build();
    }

    static List<Assessment> host(int variant) {
        return switch (variant) {
            case 0 -> List.of();
            case 1 -> List.of(Assessment.of(StandardAssessments.POLITICAL_OFFENCE, false, "officer-17", AT, "none"));
            case 2 -> List.of(Assessment.of(StandardAssessments.MLA_TREATY_BINDS, false, "officer-17", AT, "ad hoc"));
            default -> List.of(Assessment.of(StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS, true, "officer-17", AT, "agreed"),
                    Assessment.of(StandardAssessments.POLITICAL_OFFENCE, true, "officer-17", AT, "none"));
        };
    }

    /** The preparation, or the problem it raises, so that both are compared. */
    static Object prepared(LegalBasisResolver resolver, MlaRequest request, LocalDate date, List<Assessment> host) {
        try {
            return resolver.prepare(request, date, host);
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Property(tries = 400)
    void a_kept_preparation_equals_one_worked_out_afresh(@ForAll("state") String from, @ForAll("state") String to,
            @ForAll("bases") List<LegalBasis> bases, @ForAll @Size(min = 1, max = 3) List<MeasureType> measures,
            @ForAll @IntRange(min = 2014, max = 2027) int year, @ForAll @IntRange(min = 0, max = 3) int hostVariant) {
        if (from.equals(to)) {
            return;
        }
        LocalDate date = LocalDate.of(year, 6, 1);
        MlaRequest request = request("R-" + year, from, to, bases, measures);
        List<Assessment> host = host(hostVariant);

        Object afresh = prepared(fresh(), request, date, host);

        assertThat(prepared(SHARED, request, date, host)).isEqualTo(afresh);
        assertThat(prepared(SHARED, request, date, host)).as("kept").isEqualTo(afresh);
        assertThat(SHARED.check(request, date)).isEqualTo(fresh().check(request, date));
        assertThat(SHARED.resolve(request.requestingState(), request.requestedState(), date))
                .isEqualTo(fresh().resolve(request.requestingState(), request.requestedState(), date));
    }

    @Example
    void requests_that_differ_only_in_id_and_measure_details_share_the_kept_check_but_keep_their_own_id() {
        LocalDate date = LocalDate.of(2026, 3, 1);
        MlaRequest one = request("NL-1", "NL", "CH", List.of(LegalBasis.treaty("UNTOC")), List.of(MeasureType.SEARCH_AND_SEIZURE));
        MlaRequest two = request("NL-2", "NL", "CH", List.of(LegalBasis.treaty("UNTOC")), List.of(MeasureType.SEARCH_AND_SEIZURE,
                MeasureType.SEARCH_AND_SEIZURE));

        PreparedEvaluation first = SHARED.prepare(one, date, List.of());
        PreparedEvaluation second = SHARED.prepare(two, date, List.of());

        assertThat(second.check().requestId()).isEqualTo(two.id());
        assertThat(second.check().findings()).isEqualTo(first.check().findings());
        assertThat(second.evaluation().orElseThrow().request()).isSameAs(two);
        assertThat(second).isEqualTo(fresh().prepare(two, date, List.of()));
    }

    @Example
    void the_kept_answers_are_bounded_and_stay_right_after_being_dropped() {
        LegalBasisResolver resolver = fresh();
        MlaRequest request = request("NL-3", "NL", "CH", List.of(LegalBasis.treaty("UNTOC")), List.of(MeasureType.SEARCH_AND_SEIZURE));
        LocalDate start = LocalDate.of(2025, 1, 1);
        for (int i = 0; i <= ResolvedPairs.MAX_PAIRS * 2; i++) {
            LocalDate date = start.plusDays(i);
            assertThat(resolver.prepare(request, date, List.of())).isEqualTo(fresh().prepare(request, date, List.of()));
        }

        ResolvedPairs pairs = new ResolvedPairs();
        LegalBasisResolution any = resolver.resolve(Jurisdiction.of("NL"), Jurisdiction.of("CH"), start);
        for (int i = 0; i < ResolvedPairs.MAX_PAIRS * 3; i++) {
            ResolvedPairs.Resolved r = pairs.put(new ResolvedPairs.Pair(Jurisdiction.of("NL"), Jurisdiction.of("CH"), start.plusDays(i)), any);
            for (int k = 0; k < ResolvedPairs.MAX_SHAPES * 2; k++) {
                r.put(new ResolvedPairs.Shape(List.of(), List.of(MeasureType.values()[k % MeasureType.values().length], MeasureType.values()[k / 3])),
                        new LegalBasisClaims.ClaimsCheck(List.of(), List.of(), List.of(), List.of()));
            }
            assertThat(r.size()).isLessThanOrEqualTo(ResolvedPairs.MAX_SHAPES);
            assertThat(pairs.size()).isLessThanOrEqualTo(ResolvedPairs.MAX_PAIRS);
        }
    }

    @Example
    void threads_preparing_at_once_get_what_one_thread_gets() throws Exception {
        LegalBasisResolver resolver = fresh();
        List<MlaRequest> requests = new ArrayList<>();
        for (String from : STATES) {
            for (String to : List.of("CH", "FR", "IE")) {
                if (!from.equals(to)) {
                    requests.add(request("T-" + from + to, from, to, List.of(LegalBasis.treaty("UNTOC")),
                            List.of(MeasureType.SEARCH_AND_SEIZURE, MeasureType.JOINT_INVESTIGATION_TEAM)));
                }
            }
        }
        LocalDate date = LocalDate.of(2026, 3, 1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Object>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<Object> out = new ArrayList<>();
                    for (int round = 0; round < 3; round++) {
                        for (MlaRequest r : requests) {
                            out.add(prepared(resolver, r, date, host(round)));
                        }
                    }
                    return out;
                }));
            }
            List<Object> expected = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (MlaRequest r : requests) {
                    expected.add(prepared(fresh(), r, date, host(round)));
                }
            }
            for (Future<List<Object>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
