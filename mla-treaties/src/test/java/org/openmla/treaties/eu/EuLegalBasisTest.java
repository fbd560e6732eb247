package org.openmla.treaties.eu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.testkit.MlaAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.Truth;
import org.openmla.treaties.BuiltInPacks;
import org.openmla.treaties.parties.PartyData;
import org.openmla.treaties.resolver.LegalBasisFinding;
import org.openmla.treaties.resolver.LegalBasisResolution;
import org.openmla.treaties.resolver.LegalBasisResolver;
import org.openmla.treaties.resolver.PreparedEvaluation;
import org.openmla.treaties.resolver.RelationshipFinding;

/** EU participation in the shipped party data, and the EIO's precedence over ETS 30 in the legal-basis resolver. */
class EuLegalBasisTest {

    static final PartyData DATA = BuiltInPacks.partyData();

    static Jurisdiction j(String code) {
        return Jurisdiction.of(code);
    }

    @Nested
    class PartyDataForTheEuInstruments {

        @ParameterizedTest(name = "{0} bound by {1} on {2}: {3}")
        @CsvSource({
                "NL, EIO, 2026-10-01, TRUE",
                "HR, EIO, 2017-05-22, TRUE",
                "NL, EIO, 2017-05-21, FALSE",
                "DK, EIO, 2026-10-01, FALSE",
                "IE, EIO, 2026-10-01, FALSE",
                "GB, EIO, 2020-12-31, TRUE",
                "GB, EIO, 2021-01-01, FALSE",
                "NO, EIO, 2026-10-01, FALSE",
                "IE, EEVIDENCE, 2026-08-18, TRUE",
                "DE, EEVIDENCE, 2026-08-17, FALSE",
                "DK, EEVIDENCE, 2026-10-01, FALSE",
                "DK, EAW, 2026-11-28, TRUE",
                "FR, EAW, 2026-10-01, TRUE",
                "FR, EAW, 2004-01-01, TRUE",
                "FR, EAW, 2003-12-31, FALSE",
                "PL, EAW, 2026-10-01, UNKNOWN",
                "CH, EAW, 2026-11-28, FALSE"})
        void binding(String state, String instrument, LocalDate date, Truth expected) {
            assertThat(DATA.binding(instrument, j(state), date).bound()).isEqualTo(expected);
        }

        @Test
        void the_eio_list_holds_the_25_bound_member_states_and_the_united_kingdom_with_its_caveat() {
            var eio = DATA.instrument("EIO").orElseThrow();

            assertThat(eio.parties()).hasSize(26);
            assertThat(eio.complete()).isTrue();
            assertThat(eio.mlaTreaty()).isTrue();
            assertThat(eio.party(j("GB")).orElseThrow().note()).hasValueSatisfying(n -> assertThat(n).startsWith("unverified"));
            assertThat(eio.parties()).allSatisfy(p -> assertThat(p.inForce()).contains(LocalDate.of(2017, 5, 22)));
            assertThat(eio.sources()).isNotEmpty();
            assertThat(DATA.provenance()).anySatisfy(p -> assertThat(p.name()).endsWith("eio.json"));
        }

        @Test
        void the_eaw_binds_the_member_states_of_2004_from_1_january_2004_and_later_members_only_from_the_confirmed_date() {
            var eaw = DATA.instrument("EAW").orElseThrow();
            var members2004 = java.util.Set.of("AT", "BE", "DE", "DK", "ES", "FI", "FR", "GR", "IE", "IT", "LU", "NL", "PT", "SE");

            assertThat(eaw.parties()).hasSize(27).allSatisfy(p -> {
                if (members2004.contains(p.state().alpha2())) {
                    assertThat(p.inForce()).as(p.state().alpha2()).contains(LocalDate.of(2004, 1, 1));
                } else {
                    assertThat(p.inForce()).as(p.state().alpha2()).isEmpty();
                    assertThat(p.partyBy()).contains(eaw.asOf());
                }
            });
        }

        @Test
        void the_packs_and_the_party_data_describe_the_same_instruments() {
            for (String id : List.of("EIO", "EEVIDENCE", "EAW")) {
                var fromData = DATA.instrument(id).orElseThrow().instrument();
                var fromPack = BuiltInPacks.registry().get(id).instruments().get(0);
                assertThat(fromData).as(id).isEqualTo(fromPack);
            }
        }
    }

    @Nested
    class EioReplacesEts30BetweenBoundMemberStates {

        /** A minimal ETS 30 party list for the test: the resolver must work from whatever data says ETS 30 binds. */
        final PartyData withEts30 = DATA.withDocument(new ByteArrayInputStream("""
                {
                  "format": "openmla-party-data/1",
                  "dataVersion": "test.1",
                  "asOf": "2026-01-01",
                  "sources": [{"key": "TEST", "description": "test data"}],
                  "instruments": [{
                    "id": "ETS30", "title": "European Convention on Mutual Assistance in Criminal Matters", "adopted": "1959-04-20",
                    "binding": true, "mlaTreaty": true, "complete": false,
                    "parties": [
                      {"state": "NL", "partyBy": "2000-01-01", "source": "TEST"},
                      {"state": "BE", "partyBy": "2000-01-01", "source": "TEST"},
                      {"state": "DK", "partyBy": "2000-01-01", "source": "TEST"},
                      {"state": "IE", "partyBy": "2000-01-01", "source": "TEST"}
                    ]
                  }]
                }
                """.getBytes(StandardCharsets.UTF_8)), "test-ets30.json");
        final LegalBasisResolver resolver = BuiltInPacks.resolver().withPartyData(withEts30);

        @Test
        void between_bound_member_states_the_eio_replaces_only_the_corresponding_provisions_of_ets30_and_the_resolution_says_why() {
            LegalBasisResolution r = resolver.resolve(j("NL"), j("BE"), LocalDate.of(2026, 10, 1));

            assertThat(r.applies("EIO")).isTrue();
            assertThat(r.applies("ETS30")).as("ETS 30 still governs what the EIO does not cover").isTrue();
            assertThat(r.relationships("ETS30")).filteredOn(f -> f.relationshipId().equals(EuTreatyFamily.EIO_REPLACES_CONVENTIONS))
                    .singleElement().satisfies(f -> {
                assertThat(f.effect()).isEqualTo(RelationshipFinding.Effect.SUPERSEDED);
                assertThat(f.partial()).isTrue();
                assertThat(f.retainedMeasures()).containsExactlyInAnyOrder(MeasureType.JOINT_INVESTIGATION_TEAM, MeasureType.CROSS_BORDER_OBSERVATION,
                        MeasureType.SERVICE_OF_DOCUMENTS);
                assertThat(f.byInstruments()).containsExactly("EIO");
                assertThat(f.citation()).hasToString("EIO art. 34(1)");
                assertThat(f.explanation()).contains("corresponding provisions of ETS30", "recital 8", "recital 9", "EIO art. 1(1)");
            });
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"NL, DK", "IE, BE"})
        void with_denmark_and_ireland_ets30_still_governs(String from, String to) {
            LegalBasisResolution r = resolver.resolve(j(from), j(to), LocalDate.of(2026, 10, 1));

            assertThat(r.applies("ETS30")).isTrue();
            assertThat(r.applies("EIO")).isFalse();
            assertThat(r.relationships("ETS30")).noneSatisfy(f -> assertThat(f.effect()).isEqualTo(RelationshipFinding.Effect.SUPERSEDED));
        }

        @Test
        void an_eio_sent_to_denmark_is_told_that_denmark_is_not_bound_and_what_applies_instead() {
            MlaRequest toDenmark = MlaRequest.builder("EIO-2026-31", j("NL"), j("DK")).legalBasis("EIO").build();

            var check = resolver.check(toDenmark, LocalDate.of(2026, 10, 1));

            assertThat(check.findings()).singleElement().satisfies(f -> {
                assertThat(f.status()).isEqualTo(LegalBasisFinding.Status.NOT_BOTH_BOUND);
                assertThat(f.explanation()).contains("EIO does not apply between NL and DK: DK is not bound by it", "EIO recital 45",
                        "DK is not a party to EIO");
                assertThat(f.citation()).hasValueSatisfying(c -> assertThat(c).hasToString("EIO art. 34(1)"));
                assertThat(f.suggestedInstruments()).contains("ETS30").doesNotContain("EIO");
            });
        }

        @Test
        void before_22_may_2017_ets30_still_governs_between_member_states() {
            LegalBasisResolution r = resolver.resolve(j("NL"), j("BE"), LocalDate.of(2017, 5, 21));

            assertThat(r.applies("ETS30")).isTrue();
            assertThat(r.applies("EIO")).isFalse();
        }

        @Test
        void a_request_claiming_ets30_between_bound_member_states_is_told_to_use_the_eio() {
            MlaRequest request = EuFixtures.eio();
            MlaRequest claimingEts30 = MlaRequest.builder("EIO-2026-30", j("NL"), j("BE")).legalBasis("ETS30").measure(MeasureType.SEARCH_AND_SEIZURE)
                    .build();

            var check = resolver.check(claimingEts30, LocalDate.of(2026, 10, 1));

            assertThat(check.findings()).singleElement().satisfies(f -> {
                assertThat(f.status()).isEqualTo(LegalBasisFinding.Status.SUPERSEDED);
                assertThat(f.isDeficiency()).isTrue();
                assertThat(f.citation()).hasValueSatisfying(c -> assertThat(c).hasToString("EIO art. 34(1)"));
                assertThat(f.suggestedInstruments()).contains("EIO").doesNotContain("ETS30");
            });
            assertThat(resolver.check(request, LocalDate.of(2026, 10, 1)).validClaims()).containsExactly("EIO");
        }

        @Test
        void a_prepared_eio_request_is_evaluated_with_the_eio_pack_and_untoc_gives_way_to_it() {
            MlaRequest request = EuFixtures.eio();

            PreparedEvaluation prepared = resolver.prepare(request, LocalDate.of(2026, 10, 1), EuFixtures.answers(EuFixtures.eioCleared()));
            Decision d = RulesEngine.of(BuiltInPacks.registry()).evaluate(prepared.evaluation().orElseThrow());

            assertThat(prepared.evaluation().orElseThrow().packs()).extracting(p -> p.id()).containsExactly("EIO");
            assertThat(d.packs()).extracting(p -> p.id()).containsExactly("EIO");
            assertThat(d).isGrantedWithConditions();
            assertThat(prepared.resolution().systemAssessment(StandardAssessments.MLA_TREATY_BINDS.id()))
                    .hasValueSatisfying(a -> assertThat(a.value()).isTrue());
        }
    }

    @Nested
    class MembershipTheDataCannotTell {

        private Decision evaluate(String from, String to, LocalDate date, List<org.openmla.core.engine.Assessment> assessments) {
            MlaRequest request = MlaRequest.builder("EAW-MS", j(from), j(to)).legalBasis("EAW").measure(MeasureType.SURRENDER).build();
            return RulesEngine.of(BuiltInPacks.registry()).evaluate(org.openmla.core.engine.Evaluation.of(request).lawDate(date)
                    .pack("EAW").assessments(assessments).build());
        }

        @Test
        void before_the_date_a_source_confirms_romania_a_member_the_eaw_pack_asks_instead_of_leaving_it_unknown() {
            Decision d = evaluate("RO", "ES", LocalDate.of(2007, 6, 1), List.of());

            assertThat(d.openQuestions()).extracting(q -> q.key()).contains(EuAssessments.BOTH_MEMBER_STATES.id());
        }

        @Test
        void the_host_answers_it_and_the_question_is_gone() {
            var answer = org.openmla.core.engine.Assessment.of(EuAssessments.BOTH_MEMBER_STATES, true, "host:clerk",
                    java.time.Instant.parse("2007-06-01T09:00:00Z"), "Romania acceded on 1 January 2007");

            Decision d = evaluate("RO", "ES", LocalDate.of(2007, 6, 1), List.of(answer));

            assertThat(d.openQuestions()).extracting(q -> q.key()).doesNotContain(EuAssessments.BOTH_MEMBER_STATES.id());
        }

        @Test
        void where_the_data_tells_nothing_is_asked() {
            assertThat(evaluate("FR", "ES", LocalDate.of(2007, 6, 1), List.of()).openQuestions()).extracting(q -> q.key())
                    .doesNotContain(EuAssessments.BOTH_MEMBER_STATES.id());
            assertThat(evaluate("CH", "ES", LocalDate.of(2007, 6, 1), List.of()).openQuestions()).extracting(q -> q.key())
                    .as("Switzerland is not a Member State: the data says so").doesNotContain(EuAssessments.BOTH_MEMBER_STATES.id());
        }
    }

    /** EAW art. 31(1): a host's data listing the European Convention on Extradition, and the EAW's date of application (art. 32). */
    @Nested
    class EawReplacesTheExtraditionConventions {

        private static final String ETS24 = """
                { "format": "openmla-party-data/1", "dataVersion": "test-1", "asOf": "2026-01-01",
                  "sources": [ { "key": "TEST", "description": "a test document" } ],
                  "instruments": [ { "id": "ETS24", "title": "European Convention on Extradition (ETS No. 24)", "adopted": "1957-12-13",
                    "complete": false, "measures": [ "SURRENDER", "PROVISIONAL_ARREST" ], "basisCitation": "ETS24 art. 1",
                    "parties": [ { "state": "DE", "inForce": "1977-01-01", "source": "TEST" },
                                 { "state": "FR", "inForce": "1986-05-11", "source": "TEST" },
                                 { "state": "CH", "inForce": "1967-03-20", "source": "TEST" } ] } ] }
                """;

        private final LegalBasisResolver resolver = BuiltInPacks.resolver().withPartyData(
                DATA.withDocument(new ByteArrayInputStream(ETS24.getBytes(StandardCharsets.UTF_8)), "ets24-test.json"));

        private LegalBasisFinding claim(String from, String to, LocalDate date) {
            MlaRequest request = MlaRequest.builder("EXT-1", j(from), j(to)).legalBasis("ETS24").measure(MeasureType.SURRENDER).build();
            return resolver.check(request, date).findings().get(0);
        }

        @Test
        void between_member_states_from_2004_the_eaw_takes_the_place_of_the_extradition_convention() {
            LegalBasisFinding f = claim("DE", "FR", LocalDate.of(2026, 10, 1));

            assertThat(f.status()).isEqualTo(LegalBasisFinding.Status.SUPERSEDED);
            assertThat(f.citation()).hasValueSatisfying(c -> assertThat(c).hasToString("EAW art. 31(1)"));
            assertThat(f.suggestedInstruments()).contains("EAW");
        }

        @Test
        void a_request_before_1_january_2004_stays_under_the_convention() {
            assertThat(claim("DE", "FR", LocalDate.of(2003, 12, 31)).status()).isEqualTo(LegalBasisFinding.Status.VALID);
        }

        @Test
        void with_a_third_state_the_convention_keeps_applying() {
            LegalBasisFinding f = claim("DE", "CH", LocalDate.of(2026, 10, 1));

            assertThat(f.status()).isEqualTo(LegalBasisFinding.Status.VALID);
        }

        @Test
        void the_relationship_is_registered_with_its_citation() {
            assertThat(BuiltInPacks.resolver().relationships()).extracting(r -> r.id())
                    .contains(EuTreatyFamily.EAW_REPLACES_EXTRADITION_CONVENTIONS, EuTreatyFamily.EEVIDENCE_ALONGSIDE_OTHERS);
        }
    }
}
