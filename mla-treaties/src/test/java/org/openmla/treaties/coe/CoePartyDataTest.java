package org.openmla.treaties.coe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.engine.CompiledRulePack;
import org.openmla.core.rules.Truth;
import org.openmla.treaties.BuiltInPacks;
import org.openmla.treaties.parties.DeclarationKind;
import org.openmla.treaties.parties.InstrumentParties;
import org.openmla.treaties.parties.Party;
import org.openmla.treaties.parties.PartyData;

/** The party data shipped for the Council of Europe instruments: loads, ties every declaration to its rules, never guesses. */
class CoePartyDataTest {

    static final List<String> INSTRUMENTS = List.of("ETS30", "ETS99", "ETS182", "ETS185", "CETS224");
    final PartyData data = BuiltInPacks.partyDataOf(CoeTreatyFamily.INSTANCE);

    @Test
    void the_council_of_europe_documents_are_shipped_and_load() {
        assertThat(data.instruments()).extracting(InstrumentParties::id).containsAll(INSTRUMENTS);
        assertThat(data.provenance()).extracting(p -> p.name()).containsExactly("org/openmla/treaties/parties/bilateral-treaties.json",
                "org/openmla/treaties/parties/ets30.json", "org/openmla/treaties/parties/ets185.json", "org/openmla/treaties/parties/cets224.json");
        assertThat(BuiltInPacks.partyData().instruments()).extracting(InstrumentParties::id).containsAll(INSTRUMENTS);
        for (InstrumentParties ip : data.instruments()) {
            assertThat(ip.dataVersion()).as(ip.id()).isNotBlank();
            assertThat(ip.sources()).as(ip.id()).isNotEmpty();
            if (!ip.complete()) {
                assertThat(ip.notes()).as(ip.id() + " says it is partial").anyMatch(n -> n.contains("PARTIAL"));
            }
        }
    }

    @Test
    void every_declaration_kind_is_tied_to_rules_of_the_pack_that_encode_its_article() {
        for (String id : INSTRUMENTS) {
            InstrumentParties ip = data.instrument(id).orElseThrow();
            CompiledRulePack pack = BuiltInPacks.registry().get(ip.effectivePackId());
            for (DeclarationKind k : ip.declarationKinds()) {
                assertThat(k.id()).startsWith(ip.id() + ".");
                assertThat(k.ruleIds()).as("rules tied to %s", k.id()).allSatisfy(r -> {
                    assertThat(pack.rule(r)).as("rule %s of %s", r, pack.id()).isPresent();
                    assertThat(pack.rule(r).orElseThrow().citation().isWithin(k.citation())).as("%s encodes %s", r, k.citation()).isTrue();
                });
            }
        }
    }

    @Test
    void parties_have_valid_codes_ordered_dates_and_sources_the_document_defines() {
        for (InstrumentParties ip : data.instruments()) {
            LocalDate start = ip.instrument().inForce().orElse(LocalDate.MIN);
            Set<String> keys = new TreeSet<>();
            ip.sources().forEach(s -> keys.add(s.key()));
            Set<Jurisdiction> seen = new java.util.HashSet<>();
            for (Party p : ip.parties()) {
                String who = ip.id() + " " + p.state();
                assertThat(Jurisdiction.isKnown(p.state().alpha2())).as(who).isTrue();
                assertThat(seen.add(p.state())).as(who + " listed once").isTrue();
                p.inForce().ifPresent(d -> assertThat(d).as(who).isAfterOrEqualTo(start).isBeforeOrEqualTo(ip.asOf()));
                assertThat(keys).as(who + " cites '" + p.source() + "'").anyMatch(k -> p.source().contains(k));
                p.declarations().forEach(d -> assertThat(keys).as(who + " " + d.id()).anyMatch(k -> d.source().contains(k)));
            }
        }
    }

    @Test
    void every_declaration_the_packs_read_is_a_kind_defined_in_party_data_and_the_reverse() {
        Set<String> defined = new TreeSet<>();
        INSTRUMENTS.forEach(id -> data.instrument(id).orElseThrow().declarationKinds().forEach(k -> defined.add(k.id())));

        assertThat(defined).containsExactlyInAnyOrderElementsOf(CoeDeclarations.all());
    }

    @Test
    void the_protocols_are_encoded_by_the_ets30_pack() {
        assertThat(data.instrument("ETS99").orElseThrow().effectivePackId()).isEqualTo("ETS30");
        assertThat(data.instrument("ETS182").orElseThrow().effectivePackId()).isEqualTo("ETS30");
        assertThat(data.instrument("ETS30").orElseThrow().mlaTreaty()).isTrue();
    }

    @Test
    void only_verified_dates_are_shipped() {
        InstrumentParties ets30 = data.instrument("ETS30").orElseThrow();

        assertThat(ets30.complete()).isFalse();
        assertThat(ets30.parties()).hasSize(48).extracting(p -> p.state().alpha2()).contains("GR", "IT", "NO", "IL", "CL", "CH", "DE", "IE", "NL");
        assertThat(ets30.party(Jurisdiction.of("DE")).flatMap(Party::inForce)).as("Netherlands treaty database").contains(LocalDate.of(1977, 1, 1));
        assertThat(ets30.party(Jurisdiction.of("GB")).orElseThrow().inForce()).as("only the year of ratification read: partyBy only").isEmpty();
        assertThat(ets30.party(Jurisdiction.of("GB")).flatMap(Party::partyBy)).contains(LocalDate.of(1992, 3, 30));
        assertThat(ets30.parties()).filteredOn(p -> p.inForce().isPresent()).hasSize(45);
        assertThat(ets30.parties()).filteredOn(p -> p.inForce().isEmpty()).extracting(p -> p.state().alpha2())
                .as("the gaps the notes name").containsExactlyInAnyOrder("SI", "CZ", "GB");
        assertThat(ets30.party(Jurisdiction.of("CH")).flatMap(Party::inForce)).contains(LocalDate.of(1967, 3, 20));
        assertThat(ets30.party(Jurisdiction.of("NO")).flatMap(Party::inForce)).contains(LocalDate.of(1962, 6, 12));
        assertThat(ets30.party(Jurisdiction.of("CL")).flatMap(Party::inForce)).contains(LocalDate.of(2011, 8, 28));
        assertThat(ets30.parties()).allSatisfy(p -> assertThat(p.source()).isNotBlank());
        assertThat(data.instrument("ETS99").orElseThrow().instrument().inForce()).as("ETS 99 entry into force is [GK]").isEmpty();
        assertThat(data.instrument("ETS182").orElseThrow().instrument().inForce()).contains(LocalDate.of(2004, 2, 1));
        assertThat(data.instrument("ETS185").orElseThrow().instrument().inForce()).contains(LocalDate.of(2004, 7, 1));
        assertThat(data.instrument("ETS185").orElseThrow().party(Jurisdiction.of("FR")).flatMap(Party::inForce)).contains(LocalDate.of(2006, 5, 1));
    }

    @Test
    void a_state_missing_from_the_partial_ets30_list_is_unknown_never_unbound() {
        assertThat(data.binding("ETS30", Jurisdiction.of("KR"), LocalDate.of(2026, 3, 1)).bound()).isEqualTo(Truth.UNKNOWN);
        assertThat(data.binding("ETS30", Jurisdiction.of("NL"), LocalDate.of(2026, 3, 1)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("ETS30", Jurisdiction.of("GB"), LocalDate.of(1991, 6, 1)).bound())
                .as("before the date a source confirms, never assumed").isEqualTo(Truth.UNKNOWN);
        assertThat(data.binding("ETS30", Jurisdiction.of("RU"), LocalDate.of(2026, 3, 1)).bound())
                .as("status after 2022 unverified: not listed").isEqualTo(Truth.UNKNOWN);
        assertThat(data.binding("ETS30", Jurisdiction.of("NL"), LocalDate.of(1969, 5, 14)).bound()).isEqualTo(Truth.FALSE);
        assertThat(data.binding("ETS30", Jurisdiction.of("NL"), LocalDate.of(1969, 5, 15)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("ETS30", Jurisdiction.of("NO"), LocalDate.of(2026, 3, 1)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("ETS30", Jurisdiction.of("NO"), LocalDate.of(1962, 6, 11)).bound()).isEqualTo(Truth.FALSE);
    }

    @Test
    void chile_has_its_declarations_under_arts_7_3_and_15_6() {
        assertThat(data.stateProfile(Jurisdiction.of("CL"), LocalDate.of(2026, 3, 1), List.of("ETS30")).declarations())
                .containsExactlyInAnyOrder(CoeDeclarations.ETS30_ART7_3, CoeDeclarations.ETS30_ART15_6);
        assertThat(data.stateProfile(Jurisdiction.of("CL"), LocalDate.of(2011, 8, 27), List.of("ETS30")).declarations())
                .as("not yet bound").isEmpty();
    }

    @Test
    void switzerland_has_its_declarations_under_arts_5_1_a_and_7_3() {
        assertThat(data.stateProfile(Jurisdiction.of("CH"), LocalDate.of(2026, 3, 1), List.of("ETS30")).declarations())
                .containsExactlyInAnyOrder(CoeDeclarations.ETS30_ART5_1_A, CoeDeclarations.ETS30_ART7_3);
    }

    @Test
    void the_second_protocol_to_budapest_binds_no_state_as_it_is_not_in_force() {
        InstrumentParties cets224 = data.instrument("CETS224").orElseThrow();

        assertThat(cets224.complete()).isTrue();
        assertThat(cets224.instrument().inForce()).isEmpty();
        assertThat(data.binding("CETS224", Jurisdiction.of("JP"), LocalDate.of(2026, 3, 1)).bound()).isEqualTo(Truth.FALSE);
    }

    @Test
    void norway_conditions_search_and_seizure_on_art_5_1_a_b_and_c_and_asks_30_days_for_a_summons() {
        assertThat(data.stateProfile(Jurisdiction.of("NO"), LocalDate.of(2026, 3, 1), List.of("ETS30")).declarations())
                .containsExactlyInAnyOrder(CoeDeclarations.ETS30_ART5_1_A, CoeDeclarations.ETS30_ART5_1_B, CoeDeclarations.ETS30_ART5_1_C,
                        CoeDeclarations.ETS30_ART7_3);
    }

    @Test
    void austria_reserved_art_29_4_and_the_czech_republic_withdrew_its_reservation_in_2019() {
        assertThat(data.stateProfile(Jurisdiction.of("AT"), LocalDate.of(2026, 3, 1), List.of("ETS185")).declarations())
                .containsExactly(CoeDeclarations.ETS185_ART29_4);
        assertThat(data.stateProfile(Jurisdiction.of("AT"), LocalDate.of(2012, 9, 30), List.of("ETS185")).declarations())
                .as("before Austria was bound").isEmpty();
        assertThat(data.stateProfile(Jurisdiction.of("CZ"), LocalDate.of(2015, 3, 1), List.of("ETS185")).declarations())
                .containsExactly(CoeDeclarations.ETS185_ART29_4);
        assertThat(data.stateProfile(Jurisdiction.of("CZ"), LocalDate.of(2019, 7, 6), List.of("ETS185")).declarations())
                .as("withdrawn").isEmpty();
    }

    @Test
    void budapest_lists_non_member_parties_with_their_dates_and_leaves_unread_ones_unknown() {
        InstrumentParties ets185 = data.instrument("ETS185").orElseThrow();

        assertThat(ets185.complete()).isFalse();
        assertThat(ets185.party(Jurisdiction.of("JP")).flatMap(Party::inForce)).contains(LocalDate.of(2012, 11, 1));
        assertThat(ets185.party(Jurisdiction.of("AU")).flatMap(Party::inForce)).contains(LocalDate.of(2013, 3, 1));
        assertThat(ets185.party(Jurisdiction.of("CA")).flatMap(Party::inForce)).contains(LocalDate.of(2015, 11, 1));
        assertThat(data.binding("ETS185", Jurisdiction.of("PE"), LocalDate.of(2026, 3, 1)).bound()).as("date not read").isEqualTo(Truth.UNKNOWN);
        assertThat(ets185.party(Jurisdiction.of("PA")).flatMap(Party::inForce)).as("deposit in March 2014, art. 37(2)").contains(LocalDate.of(2014, 7, 1));
        assertThat(data.binding("ETS185", Jurisdiction.of("MC"), LocalDate.of(2017, 7, 1)).bound()).as("partyBy from ETS 189 art. 9(2)").isEqualTo(Truth.TRUE);
        assertThat(data.binding("ETS185", Jurisdiction.of("MC"), LocalDate.of(2017, 6, 30)).bound()).isEqualTo(Truth.UNKNOWN);
        assertThat(data.binding("ETS185", Jurisdiction.of("IE"), LocalDate.of(2026, 3, 1)).bound())
                .as("a signatory that has not ratified, but the list is partial").isEqualTo(Truth.UNKNOWN);
        assertThat(ets185.parties()).allSatisfy(p -> assertThat(p.source()).isNotBlank());
    }

    @Test
    void portugal_carries_its_ets30_reservations_and_the_1990s_ets99_ratifications_apply_90_days_after_deposit() {
        assertThat(data.stateProfile(Jurisdiction.of("PT"), LocalDate.of(2026, 3, 1), List.of("ETS30")).declarations())
                .contains(CoeDeclarations.ETS30_ART5_1_A, CoeDeclarations.ETS30_ART5_1_C, CoeDeclarations.ETS30_ART7_3,
                        CoeDeclarations.ETS30_ART16_2, CoeDeclarations.ETS30_ART24)
                .doesNotContain(CoeDeclarations.ETS30_ART5_1_B);
        assertThat(data.binding("ETS99", Jurisdiction.of("PL"), LocalDate.of(1996, 6, 17)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("ETS99", Jurisdiction.of("PL"), LocalDate.of(1996, 6, 16)).bound()).isEqualTo(Truth.FALSE);
        assertThat(data.binding("ETS99", Jurisdiction.of("LV"), LocalDate.of(1997, 8, 31)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("ETS182", Jurisdiction.of("CH"), LocalDate.of(2005, 2, 1)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("ETS182", Jurisdiction.of("PT"), LocalDate.of(2007, 4, 30)).bound()).isEqualTo(Truth.FALSE);
        assertThat(data.binding("ETS99", Jurisdiction.of("CH"), LocalDate.of(2026, 3, 1)).bound())
                .as("not ratified as of 2003, but the list is partial").isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void budapest_binds_the_united_kingdom_the_netherlands_poland_and_sweden_from_the_dates_their_sources_give() {
        assertThat(data.binding("ETS185", Jurisdiction.of("GB"), LocalDate.of(2011, 9, 1)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("ETS185", Jurisdiction.of("GB"), LocalDate.of(2011, 8, 31)).bound()).isEqualTo(Truth.FALSE);
        assertThat(data.binding("ETS185", Jurisdiction.of("NL"), LocalDate.of(2007, 3, 1)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("ETS185", Jurisdiction.of("PL"), LocalDate.of(2015, 5, 31)).bound()).isEqualTo(Truth.FALSE);
        assertThat(data.binding("ETS185", Jurisdiction.of("SE"), LocalDate.of(2021, 8, 1)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.stateProfile(Jurisdiction.of("SE"), LocalDate.of(2026, 3, 1), List.of("ETS185")).declarations())
                .as("Sweden's art. 29(4) reservation").containsExactly(CoeDeclarations.ETS185_ART29_4);
    }

    @Test
    void budapest_parties_named_only_in_a_2011_notification_are_confirmed_from_then_and_unknown_before() {
        assertThat(data.binding("ETS185", Jurisdiction.of("NO"), LocalDate.of(2011, 10, 1)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("ETS185", Jurisdiction.of("NO"), LocalDate.of(2011, 9, 30)).bound()).isEqualTo(Truth.UNKNOWN);
        assertThat(data.binding("ETS185", Jurisdiction.of("MK"), LocalDate.of(2026, 3, 1)).explanation()).contains("confirmed a party to ETS185 by 2011-10-01");
    }

    @Test
    void budapest_binds_the_united_states_switzerland_spain_and_ukraine_from_the_dates_their_sources_give() {
        assertThat(data.binding("ETS185", Jurisdiction.of("US"), LocalDate.of(2007, 1, 1)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("ETS185", Jurisdiction.of("US"), LocalDate.of(2006, 12, 31)).bound()).isEqualTo(Truth.FALSE);
        assertThat(data.binding("ETS185", Jurisdiction.of("CH"), LocalDate.of(2012, 1, 1)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("ETS185", Jurisdiction.of("CH"), LocalDate.of(2011, 12, 31)).bound()).isEqualTo(Truth.FALSE);
        assertThat(data.binding("ETS185", Jurisdiction.of("ES"), LocalDate.of(2010, 10, 1)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("ETS185", Jurisdiction.of("ES"), LocalDate.of(2010, 9, 30)).bound()).isEqualTo(Truth.FALSE);
        assertThat(data.binding("ETS185", Jurisdiction.of("UA"), LocalDate.of(2006, 7, 1)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("ETS185", Jurisdiction.of("UA"), LocalDate.of(2006, 6, 30)).bound()).isEqualTo(Truth.FALSE);
    }

    @Test
    void switzerland_reserved_art_29_4_for_preservation_needing_a_coercive_measure_from_2012() {
        assertThat(data.stateProfile(Jurisdiction.of("CH"), LocalDate.of(2012, 1, 1), List.of("ETS185")).declarations())
                .containsExactly(CoeDeclarations.ETS185_ART29_4);
        assertThat(data.stateProfile(Jurisdiction.of("CH"), LocalDate.of(2011, 12, 31), List.of("ETS185")).declarations())
                .as("before Switzerland was bound").isEmpty();
        assertThat(data.stateProfile(Jurisdiction.of("US"), LocalDate.of(2026, 3, 1), List.of("ETS185")).declarations())
                .as("no art. 29(4) reservation recorded for the United States").isEmpty();
    }

    @Test
    void ets182_binds_the_united_kingdom_from_1_october_2010() {
        assertThat(data.binding("ETS182", Jurisdiction.of("GB"), LocalDate.of(2010, 10, 1)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("ETS182", Jurisdiction.of("GB"), LocalDate.of(2010, 9, 30)).bound()).isEqualTo(Truth.FALSE);
    }

    @Test
    void ets99_armenia_refuses_search_for_fiscal_offences_and_the_protocol_binds_italy_and_austria() {
        assertThat(data.stateProfile(Jurisdiction.of("AM"), LocalDate.of(2026, 3, 1), List.of("ETS99")).declarations())
                .containsExactly(CoeDeclarations.ETS99_ART8_2_A_SEARCH);
        assertThat(data.binding("ETS99", Jurisdiction.of("IT"), LocalDate.of(2026, 3, 1)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("ETS99", Jurisdiction.of("AT"), LocalDate.of(1983, 7, 30)).bound()).isEqualTo(Truth.FALSE);
        assertThat(data.binding("ETS99", Jurisdiction.of("NL"), LocalDate.of(2026, 3, 1)).bound()).as("not read").isEqualTo(Truth.UNKNOWN);
        assertThat(data.binding("ETS182", Jurisdiction.of("NL"), LocalDate.of(2011, 4, 1)).bound()).isEqualTo(Truth.TRUE);
    }

    @Test
    void poland_finland_and_montenegro_carry_the_declarations_their_official_notices_list() {
        assertThat(data.stateProfile(Jurisdiction.of("PL"), LocalDate.of(2026, 3, 1), List.of("ETS30")).declarations())
                .containsExactlyInAnyOrder(CoeDeclarations.ETS30_ART5_1_A, CoeDeclarations.ETS30_ART5_1_B, CoeDeclarations.ETS30_ART5_1_C,
                        CoeDeclarations.ETS30_ART7_3, CoeDeclarations.ETS30_ART15_6, CoeDeclarations.ETS30_ART16_2);
        assertThat(data.stateProfile(Jurisdiction.of("FI"), LocalDate.of(2026, 3, 1), List.of("ETS30")).declarations())
                .containsExactly(CoeDeclarations.ETS30_ART16_2);
        assertThat(data.stateProfile(Jurisdiction.of("FI"), LocalDate.of(2014, 4, 15), List.of("ETS30")).declarations())
                .as("the amended declaration is recorded from 16 April 2014 only").isEmpty();
        assertThat(data.stateProfile(Jurisdiction.of("ME"), LocalDate.of(2026, 3, 1), List.of("ETS30")).declarations())
                .containsExactlyInAnyOrder(CoeDeclarations.ETS30_ART7_3, CoeDeclarations.ETS30_ART15_6);
    }

    @Test
    void the_member_states_dated_from_the_treaty_office_list_are_bound_from_90_days_after_their_deposit() {
        InstrumentParties ets30 = data.instrument("ETS30").orElseThrow();
        record Dated(String state, LocalDate deposited, LocalDate inForce) {}
        List<Dated> dated = List.of(new Dated("ES", LocalDate.of(1982, 8, 18), LocalDate.of(1982, 11, 16)),
                new Dated("SE", LocalDate.of(1968, 2, 1), LocalDate.of(1968, 5, 1)),
                new Dated("TR", LocalDate.of(1969, 6, 24), LocalDate.of(1969, 9, 22)),
                new Dated("SM", LocalDate.of(2009, 3, 18), LocalDate.of(2009, 6, 16)),
                new Dated("RS", LocalDate.of(2002, 9, 30), LocalDate.of(2002, 12, 29)));
        for (Dated d : dated) {
            Party p = ets30.party(Jurisdiction.of(d.state())).orElseThrow();
            assertThat(p.inForce()).as(d.state()).contains(d.inForce());
            assertThat(d.deposited().plusDays(90)).as("%s: art. 27(3) / 28(2), 90 days after the deposit", d.state()).isEqualTo(d.inForce());
            assertThat(data.binding("ETS30", Jurisdiction.of(d.state()), d.inForce().minusDays(1)).bound()).as(d.state()).isEqualTo(Truth.FALSE);
            assertThat(data.binding("ETS30", Jurisdiction.of(d.state()), d.inForce()).bound()).as(d.state()).isEqualTo(Truth.TRUE);
        }
        assertThat(ets30.party(Jurisdiction.of("SK")).flatMap(Party::inForce)).as("successor of the CSFR").contains(LocalDate.of(1993, 1, 1));
        assertThat(ets30.party(Jurisdiction.of("CZ")).flatMap(Party::partyBy)).contains(LocalDate.of(1993, 1, 1));
    }

    @Test
    void spain_san_marino_serbia_slovakia_and_turkiye_carry_the_declarations_the_treaty_office_lists() {
        LocalDate on = LocalDate.of(2026, 3, 1);
        assertThat(data.stateProfile(Jurisdiction.of("ES"), on, List.of("ETS30")).declarations()).containsExactlyInAnyOrder(
                CoeDeclarations.ETS30_ART5_1_A, CoeDeclarations.ETS30_ART5_1_B, CoeDeclarations.ETS30_ART5_1_C, CoeDeclarations.ETS30_ART7_3,
                CoeDeclarations.ETS30_ART16_2, CoeDeclarations.ETS30_ART24);
        assertThat(data.stateProfile(Jurisdiction.of("SM"), on, List.of("ETS30")).declarations()).containsExactlyInAnyOrder(
                CoeDeclarations.ETS30_ART5_1_A, CoeDeclarations.ETS30_ART5_1_C, CoeDeclarations.ETS30_ART23_SPECIALITY,
                CoeDeclarations.ETS30_ART23_NE_BIS_IN_IDEM, CoeDeclarations.ETS30_ART24);
        assertThat(data.stateProfile(Jurisdiction.of("SM"), LocalDate.of(2009, 6, 15), List.of("ETS30")).declarations())
                .as("before San Marino was bound").isEmpty();
        assertThat(data.stateProfile(Jurisdiction.of("RS"), on, List.of("ETS30")).declarations())
                .containsExactlyInAnyOrder(CoeDeclarations.ETS30_ART15_6, CoeDeclarations.ETS30_ART24);
        assertThat(data.stateProfile(Jurisdiction.of("SK"), on, List.of("ETS30")).declarations())
                .containsExactlyInAnyOrder(CoeDeclarations.ETS30_ART5_1_A, CoeDeclarations.ETS30_ART5_1_C, CoeDeclarations.ETS30_ART15_6);
        assertThat(data.stateProfile(Jurisdiction.of("TR"), on, List.of("ETS30")).declarations()).containsExactly(CoeDeclarations.ETS30_ART7_3);
        assertThat(data.stateProfile(Jurisdiction.of("DE"), on, List.of("ETS30")).declarations())
                .containsExactlyInAnyOrder(CoeDeclarations.ETS30_ART5_1_A, CoeDeclarations.ETS30_ART5_1_C, CoeDeclarations.ETS30_ART7_3);
        assertThat(data.stateProfile(Jurisdiction.of("GE"), on, List.of("ETS30")).declarations())
                .containsExactlyInAnyOrder(CoeDeclarations.ETS30_ART16_2, CoeDeclarations.ETS30_ART24);
        assertThat(data.stateProfile(Jurisdiction.of("CZ"), on, List.of("ETS30")).declarations())
                .as("the CSFR's declarations, whose Czech confirmation was not read, are not carried over").isEmpty();
    }

    @Test
    void ets182_binds_the_states_named_in_the_united_kingdoms_2022_and_2023_orders_only_from_the_latest_date_art_30_3_allows() {
        for (String state : List.of("GE", "LI", "LU", "MD", "TR")) {
            assertThat(data.binding("ETS182", Jurisdiction.of(state), LocalDate.of(2023, 2, 1)).bound()).as(state).isEqualTo(Truth.TRUE);
            assertThat(data.binding("ETS182", Jurisdiction.of(state), LocalDate.of(2023, 1, 31)).bound()).as(state).isEqualTo(Truth.UNKNOWN);
        }
        for (String state : List.of("CL", "UA")) {
            assertThat(data.binding("ETS182", Jurisdiction.of(state), LocalDate.of(2023, 8, 1)).bound()).as(state).isEqualTo(Truth.TRUE);
            assertThat(data.binding("ETS182", Jurisdiction.of(state), LocalDate.of(2023, 7, 31)).bound()).as(state).isEqualTo(Truth.UNKNOWN);
        }
        assertThat(data.binding("ETS182", Jurisdiction.of("LU"), LocalDate.of(2010, 7, 9)).bound())
                .as("still a signatory only in the 2010 notification").isEqualTo(Truth.FALSE);
        assertThat(data.instrument("ETS182").orElseThrow().parties()).hasSize(30);
    }

    @Test
    void ets182_dates_from_the_treaty_office_lists_replace_the_2010_bounds_and_carry_the_declarations_that_change_rules() {
        InstrumentParties ets182 = data.instrument("ETS182").orElseThrow();
        record Dated(String state, LocalDate deposited, LocalDate inForce) {}
        for (Dated d : List.of(new Dated("CZ", LocalDate.of(2006, 3, 1), LocalDate.of(2006, 7, 1)),
                new Dated("RO", LocalDate.of(2004, 11, 29), LocalDate.of(2005, 3, 1)),
                new Dated("SK", LocalDate.of(2005, 1, 11), LocalDate.of(2005, 5, 1)),
                new Dated("RS", LocalDate.of(2007, 4, 26), LocalDate.of(2007, 8, 1)),
                new Dated("MK", LocalDate.of(2008, 12, 16), LocalDate.of(2009, 4, 1)))) {
            assertThat(ets182.party(Jurisdiction.of(d.state())).flatMap(Party::inForce)).as(d.state()).contains(d.inForce());
            assertThat(d.deposited().plusMonths(3).withDayOfMonth(1).plusMonths(1))
                    .as("%s: art. 30(3), the first day of the month after three months from the deposit", d.state()).isEqualTo(d.inForce());
        }
        assertThat(ets182.party(Jurisdiction.of("PL")).flatMap(Party::partyBy)).as("Poland's own dates not read").contains(LocalDate.of(2010, 11, 1));
        assertThat(ets182.party(Jurisdiction.of("DE")).flatMap(Party::partyBy)).as("deposit 2015-02-20, art. 30(3)").contains(LocalDate.of(2015, 6, 1));
        assertThat(data.binding("ETS182", Jurisdiction.of("DE"), LocalDate.of(2010, 7, 9)).bound()).as("signatory only").isEqualTo(Truth.FALSE);
        assertThat(data.binding("ETS182", Jurisdiction.of("DE"), LocalDate.of(2015, 6, 1)).bound()).isEqualTo(Truth.TRUE);

        LocalDate on = LocalDate.of(2026, 3, 1);
        assertThat(data.stateProfile(Jurisdiction.of("DK"), on, List.of("ETS182")).declarations()).containsExactly(CoeDeclarations.ETS182_ART9_9);
        assertThat(data.stateProfile(Jurisdiction.of("AM"), on, List.of("ETS182")).declarations()).containsExactly(CoeDeclarations.ETS182_ART26_5);
        assertThat(data.stateProfile(Jurisdiction.of("RO"), on, List.of("ETS182")).declarations()).containsExactly(CoeDeclarations.ETS182_ART13_7);
        assertThat(data.stateProfile(Jurisdiction.of("SK"), on, List.of("ETS182")).declarations()).containsExactlyInAnyOrder(
                CoeDeclarations.ETS182_ART33_2_ART17, CoeDeclarations.ETS182_ART33_2_ART19, CoeDeclarations.ETS182_ART33_2_ART20,
                CoeDeclarations.ETS182_ART33_2_ART18 + CoeDeclarations.PARTIAL);
        assertThat(data.stateProfile(Jurisdiction.of("SK"), LocalDate.of(2005, 4, 30), List.of("ETS182")).declarations())
                .as("before Slovakia was bound").isEmpty();
    }

    @Test
    void luxembourg_accepted_ets99_chapter_i_only_for_tax_fraud_until_its_withdrawal_took_effect_on_receipt() {
        assertThat(data.binding("ETS99", Jurisdiction.of("LU"), LocalDate.of(2000, 12, 31)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("ETS99", Jurisdiction.of("LU"), LocalDate.of(2000, 12, 30)).bound()).isEqualTo(Truth.FALSE);
        assertThat(data.stateProfile(Jurisdiction.of("LU"), LocalDate.of(2018, 12, 13), List.of("ETS99")).declarations())
                .containsExactly(CoeDeclarations.ETS99_ART8_2_A_PARTIAL);
        assertThat(data.stateProfile(Jurisdiction.of("LU"), LocalDate.of(2018, 12, 14), List.of("ETS99")).declarations())
                .as("art. 8(3): withdrawn from the day of receipt").isEmpty();
    }
}
