package org.openmla.core.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.openmla.core.json.RequestArbitraries;
import org.openmla.core.json.TestRequests;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.engine.Assessment;
import org.openmla.core.decision.Decision;
import org.openmla.core.decision.Outcome;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.rules.PackRef;
import org.openmla.core.engine.ProposedRefusal;
import org.openmla.core.engine.StateProfile;

/** The input digest, however it is computed, has the value the first, field-by-field implementation gave. */
class InputDigestTest {

    private static final List<PackRef> PACKS = List.of(new PackRef("UNTOC", "1.2.0"), new PackRef("UN_BASE", "1.0.0"));

    @Property(tries = 300)
    void every_input_has_the_digest_of_the_reference_implementation(@ForAll("requests") MlaRequest request, @ForAll("texts") String text,
            @ForAll("texts") String other) {
        Evaluation e = evaluation(request, text, other);
        String expected = ReferenceDigest.of(e, PACKS);
        assertThat(InputDigest.of(e, PACKS)).as("first digest of the request").isEqualTo(expected);
        assertThat(InputDigest.of(e, PACKS)).as("digest from the memo of the request").isEqualTo(expected);
    }

    @Test
    void unpaired_surrogates_and_pairs_split_across_parts_are_encoded_as_the_whole_text_would_be() {
        MlaRequest request = TestRequests.full();
        for (String text : List.of("\ud83d\ude00 emoji", "lone high \ud83d", "\ude00 lone low", "\ud83d\ud83d\ude00", "end \ud83d", "\ud83d")) {
            Evaluation e = evaluation(request, text, "\ude00" + text);
            assertThat(InputDigest.of(e, PACKS)).as(text).isEqualTo(ReferenceDigest.of(e, PACKS));
        }
    }

    @Test
    void a_request_equal_to_a_memoised_one_gets_the_same_digest_and_a_different_one_another() {
        MlaRequest first = TestRequests.full();
        MlaRequest equal = TestRequests.full();
        String a = InputDigest.of(evaluation(first, "a", "b"), PACKS);
        assertThat(InputDigest.of(evaluation(equal, "a", "b"), PACKS)).isEqualTo(a);
        assertThat(InputDigest.of(evaluation(TestRequests.minimal(), "a", "b"), PACKS)).isNotEqualTo(a);
        assertThat(InputDigest.of(evaluation(first, "a", "c"), PACKS)).as("the evaluation's part is not memoised").isNotEqualTo(a);
        assertThat(InputDigest.of(evaluation(first, "a", "b"), List.of(new PackRef("UNTOC", "1.2.1")))).isNotEqualTo(a);
    }

    @Test
    void a_decision_derives_its_digest_and_id_when_first_asked_and_equals_one_given_them() {
        Evaluation e = evaluation(TestRequests.full(), "a", "b");
        String digest = ReferenceDigest.of(e, PACKS);
        String id = UUID.nameUUIDFromBytes(digest.getBytes(StandardCharsets.US_ASCII)).toString();
        Decision lazy = Decision.derivedFrom(e, PACKS, PACKS.subList(0, 1), Outcome.GRANT, false, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        Decision given = new Decision(id, digest, e.request().id(), e.lawDate(), PACKS.subList(0, 1), Outcome.GRANT, false, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(lazy.toString()).doesNotContain("null");
        assertThat(lazy.decisionId()).isEqualTo(id);
        assertThat(lazy.inputDigest()).isEqualTo(digest);
        assertThat(lazy).isEqualTo(given).hasSameHashCodeAs(given);
        assertThat(Decision.derivedFrom(e, List.of(new PackRef("UNTOC", "9.9.9")), PACKS.subList(0, 1), Outcome.GRANT, false, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of())).isNotEqualTo(given);
    }

    @Provide
    Arbitrary<MlaRequest> requests() {
        return RequestArbitraries.requests();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(RequestArbitraries.text(40), Arbitraries.strings().withCharRange('\ud7f0', '\ue010').withChars('a', ':')
                .ofMinLength(1).ofMaxLength(12).filter(s -> !s.isBlank()));
    }

    private static Evaluation evaluation(MlaRequest request, String text, String other) {
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        List<Assessment> assessments = new ArrayList<>();
        assessments.add(new Assessment("DUAL_CRIMINALITY", true, Optional.empty(), "officer-" + text.length(), at, Optional.of(text)));
        assessments.add(new Assessment("POLITICAL_OFFENCE", false, Optional.empty(), "resolver", at.plusSeconds(61), Optional.empty()));
        if (!request.measures().isEmpty()) {
            assessments.add(new Assessment("ESSENTIAL_INTERESTS", false, Optional.of(0), other.strip().isEmpty() ? "x" : "by " + other, at,
                    Optional.of(other)));
        }
        return Evaluation.of(request)
                .pack("UNTOC")
                .lawDate(LocalDate.of(2026, 3, 1))
                .requestedState(new StateProfile(request.requestedState(), Set.of("UNTOC.ART18.7", "UNTOC.ART18.14", "A" + text.length()),
                        Set.of(LanguageCode.of("en"), LanguageCode.of("fr"), LanguageCode.of("de"))))
                .requestingState(StateProfile.empty(request.requestingState()))
                .assessments(assessments)
                .proposeRefusal(new ProposedRefusal("BANK_SECRECY", Optional.empty()))
                .build();
    }
}
