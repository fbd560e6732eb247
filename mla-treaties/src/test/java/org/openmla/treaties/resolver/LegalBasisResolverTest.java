package org.openmla.treaties.resolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmla.testkit.MlaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LegalBasis;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.engine.Assessment;
import org.openmla.core.rules.AssessmentKey;
import org.openmla.core.rules.Citation;
import org.openmla.core.decision.Decision;
import org.openmla.core.engine.Evaluation;
import org.openmla.core.decision.OpenQuestion;
import org.openmla.core.decision.RefusalCheck;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.core.engine.RulesEngine;
import org.openmla.core.rules.StandardAssessments;
import org.openmla.core.rules.StandardGrounds;
import org.openmla.core.rules.Truth;
import org.openmla.core.decision.Verdict;
import org.openmla.treaties.BuiltInPacks;
import org.openmla.treaties.parties.BilateralTreaty;
import org.openmla.treaties.parties.PartyData;
import org.openmla.treaties.un.UnAssessments;
import org.openmla.treaties.un.UnFixtures;
import org.openmla.treaties.un.UnPacks;
import org.openmla.treaties.un.UnTreatyFamily;

/**
 * The legal-basis resolver over the shipped party data (UNTOC: Belgium bound from 2004-09-10, the Netherlands from
 * 2004-06-25; UNCAC: Belgium from 2008-10-25, the Netherlands from 2006-11-30) and, where a test needs one, a bilateral treaty or instrument a host adds. The added treaties are made-up
 * test data, named TEST-...
 */
class LegalBasisResolverTest {

    static final Jurisdiction BE = UnFixtures.BE;
    static final Jurisdiction NL = UnFixtures.NL;
    static final LocalDate LAW_DATE = UnFixtures.LAW_DATE;
    static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

    static final BilateralTreaty BILATERAL = BilateralTreaty.mlaTreaty("TEST-BILATERAL", "Made-up bilateral MLA treaty between Belgium and the "
            + "Netherlands (test data)", BE, NL, LocalDate.of(2000, 1, 1), "test data");

    /** The UN family's data and relationships only, so that other families' instruments do not change these cases. */
    static final PartyData UN_DATA = BuiltInPacks.partyDataOf(UnTreatyFamily.INSTANCE);
    static final List<InstrumentRelationship> UN_RELATIONSHIPS = UnTreatyFamily.INSTANCE.relationships();

    final LegalBasisResolver builtIn = BuiltInPacks.resolverOf(UnTreatyFamily.INSTANCE);

    static Assessment assess(AssessmentKey key, boolean value) {
        return Assessment.of(key, value, "officer-17", AT, null);
    }

    /** The assessments of the UNTOC scenario baseline, by the host, without MLA_TREATY_BINDS (the resolver supplies it). */
    static List<Assessment> hostAssessments(Map<AssessmentKey, Boolean> overrides) {
        Map<AssessmentKey, Boolean> m = new java.util.LinkedHashMap<>(UnFixtures.clearedConvention());
        m.remove(StandardAssessments.MLA_TREATY_BINDS);
        m.put(UnAssessments.TRANSNATIONAL_ORGANISED_CRIME, true);
        m.put(UnAssessments.LANGUAGE_ACCEPTABLE, true); // the shipped party data does not know the Netherlands' languages
        m.putAll(overrides);
        List<Assessment> out = new ArrayList<>();
        m.forEach((k, v) -> out.add(assess(k, v)));
        return out;
    }

    static Decision decide(PreparedEvaluation prepared, RulePackRegistry registry) {
        return RulesEngine.of(registry).evaluate(prepared.evaluation().orElseThrow());
    }

    static PartyData with(PartyData base, String json) {
        return base.withDocument(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "host.json");
    }

    @Nested
    class Both_States_bound {

        @Test
        void the_convention_applies_and_the_resolver_says_no_treaty_displaces_paragraphs_9_to_29() {
            LegalBasisResolution r = builtIn.resolve(BE, NL, LAW_DATE);

            assertThat(r.applicable()).extracting(ApplicableInstrument::instrumentId).containsExactly("UNTOC", "UNCAC");
            assertThat(r.applicable("UNTOC").orElseThrow().packId()).contains("UNTOC");
            assertThat(r.relationships("UNTOC")).singleElement().satisfies(f -> {
                assertThat(f.effect()).isEqualTo(RelationshipFinding.Effect.PROVISIONS_APPLY);
                assertThat(f.citation()).isEqualTo(Citation.parse("UNTOC art. 18(7)"));
            });
            assertThat(r.systemAssessment("MLA_TREATY_BINDS")).hasValueSatisfying(a -> {
                assertThat(a.value()).isFalse();
                assertThat(a.assessedBy()).isEqualTo("system:resolver");
                assertThat(a.assessedAt()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
            });
            assertThat(r.systemAssessment("AGREED_TO_APPLY_CONVENTION_PROVISIONS")).isEmpty();
            assertThat(r.uncertain()).isEmpty();
            assertThat(r.status("UN_MODEL_TREATY").orElseThrow().bothBound()).isEqualTo(Truth.FALSE);
        }

        @Test
        void a_claim_of_the_convention_is_valid_and_the_request_is_prepared_for_its_pack() {
            MlaRequest request = UnFixtures.untocRequest().build();

            PreparedEvaluation p = builtIn.prepare(request, LAW_DATE, hostAssessments(Map.of()));

            assertThat(p.check().isSound()).isTrue();
            assertThat(p.check().findings()).singleElement().satisfies(f -> {
                assertThat(f.status()).isEqualTo(LegalBasisFinding.Status.VALID);
                assertThat(f.citation()).contains(Citation.parse("UNTOC art. 18(1)"));
                assertThat(f.explanation()).contains("in force for BE since 2004-09-10", "in force for NL since 2004-06-25");
            });
            Evaluation e = p.evaluation().orElseThrow();
            assertThat(e.packs()).extracting(Evaluation.PackSelector::id).containsExactly("UNTOC");
            assertThat(e.lawDate()).isEqualTo(LAW_DATE);
            assertThat(e.assessments()).filteredOn(a -> a.key().equals("MLA_TREATY_BINDS")).singleElement()
                    .satisfies(a -> assertThat(a.assessedBy()).isEqualTo("system:resolver"));
            assertThat(decide(p, BuiltInPacks.registry())).isGrantedWithConditions();
        }
    }

    @Nested
    class One_State_not_yet_bound {

        final LocalDate july2004 = LocalDate.of(2004, 7, 1);

        @Test
        void the_convention_does_not_apply_before_it_entered_into_force_for_both() {
            LegalBasisResolution r = builtIn.resolve(BE, NL, july2004);

            assertThat(r.applies("UNTOC")).isFalse();
            InstrumentStatus s = r.status("UNTOC").orElseThrow();
            assertThat(s.requesting().bound()).isEqualTo(Truth.FALSE);
            assertThat(s.requested().bound()).isEqualTo(Truth.TRUE);
        }

        @Test
        void claiming_it_is_a_deficiency_with_a_citation_not_a_refusal() {
            MlaRequest request = UnFixtures.untocRequest().build();

            LegalBasisCheck check = builtIn.check(request, july2004);

            assertThat(check.isSound()).isFalse();
            assertThat(check.deficiencies()).singleElement().satisfies(f -> {
                assertThat(f.status()).isEqualTo(LegalBasisFinding.Status.NOT_BOTH_BOUND);
                assertThat(f.claimed()).contains(LegalBasis.treaty("UNTOC"));
                assertThat(f.citation()).contains(Citation.parse("UNTOC art. 18(1)"));
                assertThat(f.explanation()).contains("UNTOC enters into force for BE only on 2004-09-10",
                        "no instrument in the party data applies between them on that date");
                assertThat(f.suggestedInstruments()).isEmpty();
            });
            assertThat(builtIn.prepare(request, july2004, List.of()).evaluation()).isEmpty();
        }

        @Test
        void the_deficiency_suggests_what_does_apply() {
            LegalBasisResolver r = builtIn.withPartyData(UN_DATA.withBilateralTreaty(BILATERAL));

            LegalBasisCheck check = r.check(UnFixtures.untocRequest().build(), july2004);

            assertThat(check.deficiencies()).singleElement().satisfies(f -> {
                assertThat(f.suggestedInstruments()).containsExactly("TEST-BILATERAL");
                assertThat(f.explanation()).contains("what applies: TEST-BILATERAL");
            });
        }

        @Test
        void nothing_applies_before_the_convention_itself_entered_into_force() {
            LegalBasisResolution r = builtIn.resolve(BE, NL, LocalDate.of(2003, 1, 1));

            assertThat(r.status("UNTOC").orElseThrow().requested().explanation()).isEqualTo("UNTOC entered into force only on 2003-09-29");
            assertThat(r.applicable()).isEmpty();
        }

        @Test
        void a_state_the_partial_list_does_not_name_is_uncertain_not_unbound() {
            MlaRequest toSweden = MlaRequest.builder("R-SE", BE, Jurisdiction.of("SE")).legalBasis("UNTOC").build();

            LegalBasisCheck check = builtIn.check(toSweden, LAW_DATE);

            assertThat(check.isSound()).isTrue();
            assertThat(check.findings()).singleElement().satisfies(f -> {
                assertThat(f.status()).isEqualTo(LegalBasisFinding.Status.UNCERTAIN);
                assertThat(f.explanation()).contains("SE is not in the party data for UNTOC, which is a partial list");
            });
            assertThat(builtIn.resolve(BE, Jurisdiction.of("SE"), LAW_DATE).uncertain()).contains("UNTOC");
        }
    }

    @Nested
    class A_bilateral_treaty {

        final LegalBasisResolver resolver = builtIn.withPartyData(UN_DATA.withBilateralTreaty(BILATERAL));

        @Test
        void switches_off_paragraphs_9_to_29_and_comes_first() {
            LegalBasisResolution r = resolver.resolve(BE, NL, LAW_DATE);

            assertThat(r.applicable()).extracting(ApplicableInstrument::instrumentId, ApplicableInstrument::precedence).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("TEST-BILATERAL", Precedence.BILATERAL_TREATY),
                    org.assertj.core.groups.Tuple.tuple("UNTOC", Precedence.CONVENTION),
                    org.assertj.core.groups.Tuple.tuple("UNCAC", Precedence.CONVENTION));
            assertThat(r.applicable("UNTOC").orElseThrow().displacedProvisions()).singleElement().satisfies(f -> {
                assertThat(f.byInstruments()).containsExactly("TEST-BILATERAL");
                assertThat(f.provisions()).contains("art. 18(9)-(29)");
                assertThat(f.explanation()).contains("give way to the corresponding provisions of TEST-BILATERAL (UNTOC art. 18(7))");
            });
            assertThat(r.systemAssessment("MLA_TREATY_BINDS")).hasValueSatisfying(a -> assertThat(a.value()).isTrue());
            assertThat(r.systemAssessment("AGREED_TO_APPLY_CONVENTION_PROVISIONS")).hasValueSatisfying(a -> assertThat(a.value()).isFalse());
        }

        @Test
        void fails_closed_when_no_registered_pack_evaluates_the_treaty_that_displaces_paragraphs_9_to_29() {
            PreparedEvaluation p = resolver.prepare(UnFixtures.untocRequest().build(), LAW_DATE,
                    hostAssessments(Map.of(StandardAssessments.ESSENTIAL_INTERESTS, true, StandardAssessments.DUAL_CRIMINALITY, false)));

            assertThat(p.evaluation()).isEmpty();
            assertThat(p.blocked()).isTrue();
            assertThat(p.check().findings()).singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(LegalBasisFinding.Status.VALID));
            assertThat(p.notes()).anySatisfy(n -> {
                assertThat(n.packId()).isEqualTo("UNTOC");
                assertThat(n.citations()).containsExactly(Citation.parse("UNTOC art. 18(7)"));
                assertThat(n.reason()).contains("NOT EVALUATED, FAIL CLOSED", "TEST-BILATERAL", "no rule pack for TEST-BILATERAL is registered");
            });
        }

        @Test
        void leaves_bank_secrecy_in_place_in_the_decision_when_the_host_names_the_packs() {
            PreparedEvaluation p = resolver.prepare(UnFixtures.untocRequest().build(), LAW_DATE,
                    hostAssessments(Map.of(StandardAssessments.ESSENTIAL_INTERESTS, true, StandardAssessments.DUAL_CRIMINALITY, false)));
            Evaluation e = Evaluation.of(UnFixtures.untocRequest().build()).lawDate(LAW_DATE).pack("UNTOC")
                    .assessments(hostAssessments(Map.of(StandardAssessments.ESSENTIAL_INTERESTS, true, StandardAssessments.DUAL_CRIMINALITY, false)))
                    .assessments(p.resolution().systemAssessmentsFor(List.of("UNTOC")))
                    .proposeRefusal(StandardGrounds.BANK_SECRECY).proposeRefusal(StandardGrounds.DUAL_CRIMINALITY).build();

            Decision d = RulesEngine.of(BuiltInPacks.registry()).evaluate(e);

            assertThat(d).hasFinding("UNTOC art. 18(8)", Verdict.TRUE).hasFinding("UNTOC art. 18(21)(b)", Verdict.NOT_APPLICABLE);
            assertThat(d.refusalChecks()).extracting(RefusalCheck::answer)
                    .containsExactly(RefusalCheck.Answer.FORBIDDEN, RefusalCheck.Answer.NOT_PROVIDED);
        }

        @Test
        void does_not_displace_paragraphs_the_states_agreed_to_apply() {
            BilateralTreaty agreed = new BilateralTreaty(BILATERAL.id(), BILATERAL.title(), BILATERAL.states(), BILATERAL.inForce(), Optional.empty(),
                    true, Set.of("UNTOC"), Optional.empty(), "test data");
            LegalBasisResolver r = builtIn.withPartyData(UN_DATA.withBilateralTreaty(agreed));

            PreparedEvaluation p = r.prepare(UnFixtures.untocRequest().build(), LAW_DATE,
                    hostAssessments(Map.of(StandardAssessments.ESSENTIAL_INTERESTS, true)));

            assertThat(p.resolution().relationships("UNTOC")).singleElement()
                    .satisfies(f -> assertThat(f.effect()).isEqualTo(RelationshipFinding.Effect.PROVISIONS_APPLY));
            assertThat(p.resolution().systemAssessmentsFor(List.of("UNTOC"))).filteredOn(a -> a.key().equals("AGREED_TO_APPLY_CONVENTION_PROVISIONS"))
                    .singleElement().satisfies(a -> assertThat(a.value()).isTrue());
            assertThat(decide(p, BuiltInPacks.registry())).mayBeRefused();
        }

        @Test
        void supplies_an_agreement_recorded_for_one_convention_only_to_that_conventions_pack() {
            Jurisdiction au = Jurisdiction.of("AU");
            Jurisdiction cn = Jurisdiction.of("CN");
            BilateralTreaty agreedForUntoc = new BilateralTreaty("TEST-AU-CN", "Made-up treaty (test data)", List.of(au, cn), LocalDate.of(2008, 1, 1),
                    Optional.empty(), true, Set.of("UNTOC"), Optional.empty(), "test data");

            LegalBasisResolution r = builtIn.withPartyData(UN_DATA.withBilateralTreaty(agreedForUntoc)).resolve(au, cn, LAW_DATE);

            assertThat(r.applicable()).extracting(ApplicableInstrument::instrumentId).containsExactly("TEST-AU-CN", "UNTOC", "UNCAC");
            assertThat(r.relationships("UNTOC")).extracting(RelationshipFinding::effect).containsExactly(RelationshipFinding.Effect.PROVISIONS_APPLY);
            assertThat(r.relationships("UNCAC")).extracting(RelationshipFinding::effect).containsExactly(RelationshipFinding.Effect.PROVISIONS_DISPLACED);
            assertThat(r.systemAssessmentsFor(List.of("UNTOC"))).filteredOn(a -> a.key().equals("AGREED_TO_APPLY_CONVENTION_PROVISIONS"))
                    .singleElement().satisfies(a -> assertThat(a.value()).isTrue());
            assertThat(r.systemAssessmentsFor(List.of("UNCAC"))).filteredOn(a -> a.key().equals("AGREED_TO_APPLY_CONVENTION_PROVISIONS"))
                    .singleElement().satisfies(a -> assertThat(a.value()).isFalse());
            assertThat(r.systemAssessmentsFor(List.of("UNTOC", "UNCAC"))).extracting(Assessment::key).containsExactly("MLA_TREATY_BINDS");
            assertThat(r.notes()).noneMatch(n -> n.contains("disagree"));
        }

        @Test
        void yields_to_the_hosts_own_assessment_of_an_ad_hoc_agreement() {
            PreparedEvaluation p = resolver.prepare(UnFixtures.untocRequest().build(), LAW_DATE,
                    hostAssessments(Map.of(StandardAssessments.AGREED_TO_APPLY_CONVENTION_PROVISIONS, true, StandardAssessments.ESSENTIAL_INTERESTS,
                            true)));

            assertThat(p.evaluation().orElseThrow().assessments()).filteredOn(a -> a.key().equals("AGREED_TO_APPLY_CONVENTION_PROVISIONS"))
                    .singleElement().satisfies(a -> {
                        assertThat(a.assessedBy()).isEqualTo("officer-17");
                        assertThat(a.value()).isTrue();
                    });
            assertThat(decide(p, BuiltInPacks.registry())).mayBeRefused();
        }

        @Test
        void does_not_bind_before_it_entered_into_force() {
            BilateralTreaty later = BilateralTreaty.mlaTreaty("TEST-BILATERAL", "Made-up", BE, NL, LocalDate.of(2030, 1, 1), "test data");

            LegalBasisResolution r = builtIn.withPartyData(UN_DATA.withBilateralTreaty(later)).resolve(BE, NL, LAW_DATE);

            assertThat(r.applies("TEST-BILATERAL")).isFalse();
            assertThat(r.status("TEST-BILATERAL").orElseThrow().requesting().explanation()).contains("enters into force only on 2030-01-01");
            assertThat(r.systemAssessment("MLA_TREATY_BINDS")).hasValueSatisfying(a -> assertThat(a.value()).isFalse());
        }

        @Test
        void with_a_registered_pack_is_evaluated_alongside_the_convention_it_displaces() {
            RulePackRegistry registry = RulePackRegistry.builder().registerAll(UnPacks.all())
                    .register(org.openmla.treaties.un.BilateralExtensionTestAccess.bilateral()).build();
            BilateralTreaty withPack = new BilateralTreaty("XX-YY-MLAT", "Made-up treaty (test data)", List.of(BE, NL), LocalDate.of(2011, 1, 1),
                    Optional.empty(), true, Set.of(), Optional.of("XX-YY-MLAT"), "test data");
            LegalBasisResolver r = LegalBasisResolver.builder(UN_DATA.withBilateralTreaty(withPack), registry)
                    .relationships(UN_RELATIONSHIPS).build();

            PreparedEvaluation p = r.prepare(UnFixtures.untocRequest().build(), LAW_DATE, hostAssessments(Map.of()));

            assertThat(p.evaluation().orElseThrow().packs()).extracting(Evaluation.PackSelector::id).containsExactly("UNTOC", "XX-YY-MLAT");
        }
    }

    @Nested
    class Claims {

        @Test
        void the_model_treaty_binds_no_state() {
            MlaRequest request = UnFixtures.untocRequest().legalBasis("UN_MODEL_TREATY").build();

            LegalBasisCheck check = builtIn.check(request, LAW_DATE);

            assertThat(check.findings()).extracting(LegalBasisFinding::status)
                    .containsExactly(LegalBasisFinding.Status.VALID, LegalBasisFinding.Status.NOT_A_BINDING_INSTRUMENT);
            assertThat(check.deficiencies()).singleElement().satisfies(f -> assertThat(f.suggestedInstruments()).containsExactly("UNTOC", "UNCAC"));
            assertThat(check.validClaims()).containsExactly("UNTOC");
        }

        @Test
        void reciprocity_is_not_checked_and_a_request_without_a_claim_gets_suggestions_and_every_applicable_pack() {
            MlaRequest reciprocity = MlaRequest.builder("R-1", BE, NL).legalBasis(LegalBasis.reciprocity()).build();
            MlaRequest none = MlaRequest.builder("R-2", BE, NL).build();

            assertThat(builtIn.check(reciprocity, LAW_DATE).findings()).singleElement()
                    .satisfies(f -> assertThat(f.status()).isEqualTo(LegalBasisFinding.Status.NOT_CHECKED));
            PreparedEvaluation p = builtIn.prepare(none, LAW_DATE, List.of());
            assertThat(p.check().findings()).singleElement().satisfies(f -> {
                assertThat(f.status()).isEqualTo(LegalBasisFinding.Status.NONE_CLAIMED);
                assertThat(f.suggestedInstruments()).containsExactly("UNTOC", "UNCAC");
                assertThat(f.isDeficiency()).isFalse();
            });
            assertThat(p.evaluation().orElseThrow().packs()).extracting(Evaluation.PackSelector::id).containsExactly("UNTOC", "UNCAC");
        }

        @Test
        void an_instrument_without_party_data_cannot_be_checked() {
            MlaRequest request = MlaRequest.builder("R-3", BE, NL).legalBasis("ETS30").build();

            assertThat(builtIn.check(request, LAW_DATE).findings()).singleElement().satisfies(f -> {
                assertThat(f.status()).isEqualTo(LegalBasisFinding.Status.UNCERTAIN);
                assertThat(f.explanation()).contains("there is no party data for ETS30");
            });
        }
    }

    @Nested
    class Multilateral_treaties_and_other_relationships {

        static final String TEST_INSTRUMENTS = """
                {"format": "openmla-party-data/1", "dataVersion": "t", "asOf": "2026-01-01",
                 "sources": [{"key": "TEST", "description": "made-up instruments for this test"}],
                 "instruments": [
                   {"id": "TESTMLA", "title": "Made-up multilateral MLA treaty", "adopted": "1990-01-01", "inForce": "1991-01-01",
                    "mlaTreaty": true, "basisCitation": "TESTMLA art. 1", "complete": %s,
                    "parties": [{"state": "NL", "inForce": "1991-01-01", "source": "TEST"} %s]},
                   {"id": "TESTDIR", "title": "Made-up instrument that replaces TESTMLA", "adopted": "2014-01-01", "inForce": "2014-05-01",
                    "complete": true,
                    "parties": [{"state": "NL", "inForce": "2017-05-22", "source": "TEST"}, {"state": "BE", "inForce": "2017-05-22", "source": "TEST"}]}
                 ]}
                """;

        static PartyData data(boolean complete, boolean belgium) {
            return with(UN_DATA, TEST_INSTRUMENTS.formatted(complete,
                    belgium ? ", {\"state\": \"BE\", \"inForce\": \"1992-01-01\", \"source\": \"TEST\"}" : ""));
        }

        @Test
        void a_multilateral_mla_treaty_binding_both_displaces_paragraphs_9_to_29() {
            LegalBasisResolution r = builtIn.withPartyData(data(true, true)).resolve(BE, NL, LocalDate.of(2016, 1, 1));

            assertThat(r.applicable("TESTMLA").orElseThrow().precedence()).isEqualTo(Precedence.MULTILATERAL_MLA_TREATY);
            assertThat(r.applicable("UNTOC").orElseThrow().displacedProvisions()).singleElement()
                    .satisfies(f -> assertThat(f.byInstruments()).containsExactly("TESTMLA"));
        }

        @Test
        void when_the_data_cannot_tell_whether_a_treaty_binds_the_engine_asks() {
            PreparedEvaluation p = builtIn.withPartyData(data(false, false)).prepare(UnFixtures.untocRequest().build(), LocalDate.of(2016, 1, 1),
                    hostAssessments(Map.of(StandardAssessments.ESSENTIAL_INTERESTS, true)));

            assertThat(p.resolution().systemAssessment("MLA_TREATY_BINDS")).isEmpty();
            assertThat(p.resolution().relationships("UNTOC")).singleElement()
                    .satisfies(f -> assertThat(f.effect()).isEqualTo(RelationshipFinding.Effect.UNDETERMINED));
            Decision d = decide(p, BuiltInPacks.registry());
            assertThat(d).isPendingAssessment();
            assertThat(d.openQuestions()).extracting(OpenQuestion::key).contains("MLA_TREATY_BINDS");
        }

        final SupersessionRule replaces = new SupersessionRule("TESTDIR.34", "TESTDIR", Set.of("TESTMLA"), Optional.of(LocalDate.of(2017, 5, 22)),
                Citation.parse("TESTDIR art. 34(1)"), "it replaces the corresponding provisions between States bound by it.");

        LegalBasisResolver withSupersession() {
            return LegalBasisResolver.builder(data(true, true), BuiltInPacks.registry()).relationships(UN_RELATIONSHIPS)
                    .relationship(replaces).build();
        }

        @Test
        void a_replaced_instrument_is_not_offered_and_claiming_it_points_to_its_replacement() {
            LegalBasisResolver r = withSupersession();
            MlaRequest request = MlaRequest.builder("R-4", BE, NL).legalBasis("TESTMLA").build();

            LegalBasisResolution res = r.resolve(BE, NL, LAW_DATE);
            LegalBasisCheck check = r.check(request, LAW_DATE);

            assertThat(res.applies("TESTMLA")).isFalse();
            assertThat(res.applies("TESTDIR")).isTrue();
            assertThat(check.deficiencies()).singleElement().satisfies(f -> {
                assertThat(f.status()).isEqualTo(LegalBasisFinding.Status.SUPERSEDED);
                assertThat(f.citation()).contains(Citation.parse("TESTDIR art. 34(1)"));
                assertThat(f.suggestedInstruments()).containsExactly("TESTDIR");
            });
        }

        @Test
        void before_the_replacement_date_the_old_instrument_still_applies() {
            assertThat(withSupersession().resolve(BE, NL, LocalDate.of(2017, 5, 21)).applies("TESTMLA")).isTrue();
        }

        @Test
        void relationships_that_disagree_on_a_system_assessment_leave_it_to_the_host() {
            InstrumentRelationship contrary = new InstrumentRelationship() {
                @Override
                public String id() {
                    return "TEST.CONTRARY";
                }

                @Override
                public String description() {
                    return "claims a treaty binds";
                }

                @Override
                public RelationshipResult apply(RelationshipContext ctx) {
                    return new RelationshipResult(List.of(), List.of(ctx.systemAssessment(StandardAssessments.MLA_TREATY_BINDS, true, "test")));
                }
            };
            LegalBasisResolver r = LegalBasisResolver.builder(UN_DATA, BuiltInPacks.registry())
                    .relationships(UN_RELATIONSHIPS).relationship(contrary).build();

            LegalBasisResolution res = r.resolve(BE, NL, LAW_DATE);

            assertThat(res.systemAssessment("MLA_TREATY_BINDS")).isEmpty();
            assertThat(res.notes()).anyMatch(n -> n.contains("disagree on MLA_TREATY_BINDS"));
        }

        @Test
        void a_relationship_id_is_used_once() {
            assertThatThrownBy(() -> LegalBasisResolver.builder(UN_DATA, BuiltInPacks.registry()).relationship(replaces)
                    .relationship(replaces)).hasMessageContaining("id TESTDIR.34 is used twice");
        }
    }

    @Test
    void declarations_in_party_data_reach_the_engine_through_the_state_profile() {
        String host = """
                {"format": "openmla-party-data/1", "dataVersion": "h", "asOf": "2026-03-01",
                 "parties": [{"instrument": "UNTOC", "state": "NL", "inForce": "2004-06-25", "source": "made-up host data",
                   "languages": ["en"], "declarations": [{"id": "UNTOC.18.13.DIPLOMATIC_CHANNEL", "source": "made-up host data"}]}]}
                """;
        LegalBasisResolver r = builtIn.withPartyData(with(UN_DATA, host));

        PreparedEvaluation p = r.prepare(UnFixtures.untocRequest().build(), LAW_DATE, hostAssessments(Map.of()));
        Decision d = decide(p, BuiltInPacks.registry());

        assertThat(p.resolution().requestedProfile().declarations()).containsExactly("UNTOC.18.13.DIPLOMATIC_CHANNEL");
        assertThat(d).isDeficient().hasFinding("UNTOC art. 18(13)", Verdict.FALSE);
    }
}
