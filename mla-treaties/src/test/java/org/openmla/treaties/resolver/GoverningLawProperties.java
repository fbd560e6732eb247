package org.openmla.treaties.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MeasureFamily;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.treaties.BuiltInPacks;

/** Invariants of which law governs, over the shipped party data, for any pair of European States, date and measure. */
class GoverningLawProperties {

    private static final LegalBasisResolver RESOLVER = BuiltInPacks.resolver();
    private static final List<String> STATES = List.of("AT", "BE", "CH", "DE", "DK", "ES", "FR", "GB", "GR", "IE", "IT", "NL", "NO", "PL",
            "SE", "AL", "AM", "GE", "IL", "CL", "US", "KR");

    @Provide
    Arbitrary<String> state() {
        return Arbitraries.of(STATES);
    }

    @Property(tries = 300)
    void what_governs_applies_and_provides_for_the_measure_and_the_eio_and_ets30_never_both_govern_one_measure(
            @ForAll("state") String from, @ForAll("state") String to, @ForAll MeasureType measure,
            @ForAll @IntRange(min = 1995, max = 2030) int year) {
        if (from.equals(to)) {
            return;
        }
        LocalDate date = LocalDate.of(year, 6, 1);
        MlaRequest request = MlaRequest.builder("P-1", Jurisdiction.of(from), Jurisdiction.of(to)).measure(measure).build();

        LegalBasisCheck check = RESOLVER.check(request, date);
        LegalBasisResolution resolution = RESOLVER.resolve(request.requestingState(), request.requestedState(), date);

        assertThat(check.governing()).allSatisfy(id -> assertThat(resolution.applies(id)).as(id + " applies").isTrue());
        assertThat(check.governing().contains("EIO") && check.governing().contains("ETS30"))
                .as("the EIO replaces the corresponding provisions of ETS 30, measure by measure").isFalse();
        if (measure.family() == MeasureFamily.SURRENDER) {
            assertThat(check.governing()).isSubsetOf("EAW");
        }
        if (check.governing().contains("EIO")) {
            assertThat(measure).isNotIn(MeasureType.JOINT_INVESTIGATION_TEAM, MeasureType.CROSS_BORDER_OBSERVATION,
                    MeasureType.SERVICE_OF_DOCUMENTS);
        }
    }

    @Property(tries = 200)
    void claiming_what_governs_is_never_a_deficiency(@ForAll("state") String from, @ForAll("state") String to, @ForAll MeasureType measure,
            @ForAll @IntRange(min = 2004, max = 2030) int year) {
        if (from.equals(to)) {
            return;
        }
        LocalDate date = LocalDate.of(year, 6, 1);
        MlaRequest plain = MlaRequest.builder("P-2", Jurisdiction.of(from), Jurisdiction.of(to)).measure(measure).build();
        for (String id : RESOLVER.check(plain, date).governing()) {
            MlaRequest claiming = MlaRequest.builder("P-2", Jurisdiction.of(from), Jurisdiction.of(to)).measure(measure).legalBasis(id).build();

            assertThat(RESOLVER.check(claiming, date).deficiencies()).as(id + " governs, so claiming it is sound").isEmpty();
        }
    }
}
