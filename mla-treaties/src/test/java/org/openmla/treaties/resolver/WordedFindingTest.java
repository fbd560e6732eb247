package org.openmla.treaties.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openmla.core.InvalidValueException;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.rules.Citation;
import org.openmla.treaties.BuiltInPacks;

/**
 * Findings whose explanation the resolver words when it is first read: they equal, hash and print as findings made with
 * the same words at once, and the words are made once.
 */
class WordedFindingTest {

    static final Citation ART_18_7 = Citation.of("UNTOC", "18", "7");
    static final String WHY = "ETS30 binds NL and CH on 2026-03-01, so UNTOC art. 18(9)-(29) give way to the corresponding provisions of ETS30 "
            + "(UNTOC art. 18(7))";

    @Test
    void a_worded_relationship_finding_is_the_finding_made_with_its_words() {
        AtomicInteger worded = new AtomicInteger();
        RelationshipFinding lazy = RelationshipFinding.worded("UNTOC.18.7", RelationshipFinding.Effect.PROVISIONS_DISPLACED, "UNTOC", List.of("ETS30"),
                Optional.of("art. 18(9)-(29)"), ART_18_7, () -> {
                    worded.incrementAndGet();
                    return WHY;
                });
        RelationshipFinding eager = new RelationshipFinding("UNTOC.18.7", RelationshipFinding.Effect.PROVISIONS_DISPLACED, "UNTOC", List.of("ETS30"),
                Optional.of("art. 18(9)-(29)"), ART_18_7, WHY);
        assertThat(worded).hasValue(0);
        assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager).hasToString(eager.toString());
        assertThat(lazy.explanation()).isEqualTo(WHY);
        assertThat(worded).hasValue(1);
        assertThat(eager.toString()).isEqualTo("RelationshipFinding[relationshipId=UNTOC.18.7, effect=PROVISIONS_DISPLACED, instrumentId=UNTOC, "
                + "byInstruments=[ETS30], provisions=Optional[art. 18(9)-(29)], citation=UNTOC art. 18(7), explanation=" + WHY + ", retainedMeasures=[]]");
        assertThat(lazy).isNotEqualTo(new RelationshipFinding("UNTOC.18.7", RelationshipFinding.Effect.PROVISIONS_DISPLACED, "UNTOC", List.of("ETS30"),
                Optional.of("art. 18(9)-(29)"), ART_18_7, WHY + "."));
    }

    @Test
    void a_blank_wording_fails_when_read_as_a_blank_explanation_fails_when_given() {
        RelationshipFinding lazy = RelationshipFinding.worded("UNTOC.18.7", RelationshipFinding.Effect.PROVISIONS_APPLY, "UNTOC", List.of(),
                Optional.empty(), ART_18_7, () -> " ");
        assertThatThrownBy(lazy::explanation).isInstanceOf(InvalidValueException.class).hasMessageContaining("RelationshipFinding.explanation");
        assertThatThrownBy(() -> new RelationshipFinding("UNTOC.18.7", RelationshipFinding.Effect.PROVISIONS_APPLY, "UNTOC", List.of(),
                Optional.empty(), ART_18_7, " ")).isInstanceOf(InvalidValueException.class).hasMessageContaining("RelationshipFinding.explanation");
    }

    @Test
    void a_worded_claim_finding_is_the_finding_made_with_its_words() {
        LegalBasisFinding lazy = LegalBasisFinding.worded(Optional.of(LegalBasis.treaty("UNTOC")), LegalBasisFinding.Status.VALID,
                Optional.of(Citation.of("UNTOC", "18", "1")), () -> WHY, List.of("UNTOC"));
        LegalBasisFinding eager = new LegalBasisFinding(Optional.of(LegalBasis.treaty("UNTOC")), LegalBasisFinding.Status.VALID,
                Optional.of(Citation.of("UNTOC", "18", "1")), WHY, List.of("UNTOC"));
        assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager).hasToString(eager.toString());
        assertThat(eager.toString()).startsWith("LegalBasisFinding[claimed=Optional[").contains(", status=VALID, citation=Optional[UNTOC art. 18(1)], explanation="
                + WHY + ", suggestedInstruments=[UNTOC]]");
    }

    @Test
    void threads_reading_a_fresh_resolution_at_once_read_the_same_words() throws Exception {
        Jurisdiction nl = Jurisdiction.of("NL");
        Jurisdiction ch = Jurisdiction.of("CH");
        LocalDate date = LocalDate.of(2026, 3, 1);
        String expected = BuiltInPacks.resolver().resolve(nl, ch, date).relationships().toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                LegalBasisResolution fresh = BuiltInPacks.resolver().withPartyData(BuiltInPacks.partyData()).resolve(nl, ch, date);
                List<Future<String>> reads = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    reads.add(pool.submit(() -> fresh.relationships().toString()));
                }
                for (Future<String> read : reads) {
                    assertThat(read.get()).isEqualTo(expected);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
