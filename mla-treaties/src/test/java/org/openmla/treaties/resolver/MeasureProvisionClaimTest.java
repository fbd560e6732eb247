package org.openmla.treaties.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.rules.Citation;
import org.openmla.treaties.BuiltInPacks;

/**
 * A joint investigation team or cross-border observation claimed under UNTOC or UNCAC rests on the articles on joint
 * investigations (UNTOC art. 19, UNCAC art. 49) and special investigative techniques (UNTOC art. 20, UNCAC art. 50):
 * agreement, case by case. The claim cites those articles, not the obligation to assist of art. 18(1) / 46(1), which
 * still applies to the other measures.
 */
class MeasureProvisionClaimTest {

    @ParameterizedTest(name = "{0} {1} {2} to {3}")
    @CsvSource(delimiter = '|', textBlock = """
            UNTOC | JOINT_INVESTIGATION_TEAM | DE | FR | UNTOC art. 19    | rest on agreement
            UNCAC | JOINT_INVESTIGATION_TEAM | DE | FR | UNCAC art. 49    | obliges no State to join a joint investigation
            UNTOC | CROSS_BORDER_OBSERVATION | NL | BE | UNTOC art. 20    | by decision case by case
            UNCAC | CROSS_BORDER_OBSERVATION | NL | BE | UNCAC art. 50    | no State is obliged to allow it
            UNTOC | JOINT_INVESTIGATION_TEAM | US | NL | UNTOC art. 19    | rest on agreement
            UNTOC | TAKING_EVIDENCE          | US | NL | UNTOC art. 18(1) | UNTOC binds both States
            """)
    void the_claim_cites_the_article_that_governs_the_measure(String claimed, MeasureType measure, String from, String to, String citation,
            String fragment) {
        MlaRequest request = MlaRequest.builder("T-1", Jurisdiction.of(from), Jurisdiction.of(to)).measure(measure).legalBasis(claimed).build();

        LegalBasisFinding f = BuiltInPacks.resolver().check(request, LocalDate.of(2026, 10, 1)).findings().get(0);

        assertThat(f.status()).isEqualTo(LegalBasisFinding.Status.VALID);
        assertThat(f.citation()).contains(Citation.parse(citation));
        assertThat(f.explanation()).contains(fragment);
    }
}
