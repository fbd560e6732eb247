package org.openmla.treaties.parties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.engine.CompiledRulePack;
import org.openmla.core.rules.Truth;
import org.openmla.treaties.BuiltInPacks;

/**
 * The UN family's party data shipped in the jar is well formed: valid codes, ordered dates, no duplicates, sources for
 * every entry, rules that exist. (Other families check their own data; the checks here take any {@link PartyData}.)
 */
class BuiltInPartyDataTest {

    final PartyData data = BuiltInPacks.partyDataOf(org.openmla.treaties.un.UnTreatyFamily.INSTANCE);

    @Test
    void every_shipped_document_states_its_version_date_and_sources() {
        assertThat(data.provenance()).extracting(Provenance::name).containsExactly(
                "org/openmla/treaties/parties/bilateral-treaties.json", "org/openmla/treaties/parties/untoc.json",
                "org/openmla/treaties/parties/uncac.json", "org/openmla/treaties/parties/un-model-treaty.json");
        for (InstrumentParties ip : data.instruments()) {
            assertThat(ip.dataVersion()).as(ip.id()).isNotBlank();
            assertThat(ip.asOf()).as(ip.id()).isBeforeOrEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(ip.sources()).as(ip.id()).isNotEmpty();
            if (!ip.complete()) {
                assertThat(ip.notes()).as(ip.id() + " says it is partial").anyMatch(n -> n.contains("PARTIAL"));
            }
        }
        assertThat(data.instruments()).extracting(InstrumentParties::id).containsExactly("UNTOC", "UNCAC", "UN_MODEL_TREATY");
    }

    @Test
    void codes_are_valid_iso_3166_codes_and_no_state_is_listed_twice() {
        for (InstrumentParties ip : data.instruments()) {
            Set<Jurisdiction> seen = new HashSet<>();
            for (Party p : ip.parties()) {
                assertThat(Jurisdiction.isKnown(p.state().alpha2())).as(ip.id() + " " + p.state()).isTrue();
                assertThat(seen.add(p.state())).as(ip.id() + " lists " + p.state() + " once").isTrue();
            }
        }
    }

    @Test
    void dates_are_ordered_and_no_party_is_bound_before_the_instrument_entered_into_force() {
        for (InstrumentParties ip : data.instruments()) {
            LocalDate start = ip.instrument().inForce().orElse(LocalDate.MIN);
            assertThat(ip.instrument().adopted().orElseThrow()).isBefore(start.equals(LocalDate.MIN) ? LocalDate.MAX : start);
            for (Party p : ip.parties()) {
                String who = ip.id() + " " + p.state();
                p.inForce().ifPresent(d -> assertThat(d).as(who).isAfterOrEqualTo(start).isBeforeOrEqualTo(ip.asOf()));
                p.partyBy().ifPresent(d -> assertThat(d).as(who).isAfterOrEqualTo(start).isBeforeOrEqualTo(ip.asOf()));
                p.deposited().ifPresent(d -> assertThat(d).as(who).isAfter(ip.instrument().adopted().orElseThrow()));
            }
        }
    }

    /**
     * UNTOC art. 38 and UNCAC art. 68: the Convention enters into force for a State on the thirtieth day after its deposit, or
     * on the Convention's own entry into force for instruments deposited earlier. Every listed pair of dates must agree, which
     * catches a mistyped date in either.
     */
    @Test
    void entry_into_force_is_the_thirtieth_day_after_deposit_or_the_conventions_own_date() {
        List<String> checked = new ArrayList<>();
        for (String id : List.of("UNTOC", "UNCAC")) {
            InstrumentParties ip = data.instrument(id).orElseThrow();
            LocalDate general = ip.instrument().inForce().orElseThrow();
            for (Party p : ip.parties()) {
                if (p.deposited().isEmpty() || p.inForce().isEmpty()) {
                    continue;
                }
                LocalDate thirtieth = p.deposited().get().plusDays(30);
                LocalDate expected = thirtieth.isBefore(general) ? general : thirtieth;
                assertThat(p.inForce().get()).as(id + " " + p.state() + " deposited " + p.deposited().get()).isEqualTo(expected);
                checked.add(id + " " + p.state());
            }
        }
        assertThat(checked).hasSizeGreaterThan(50);
    }

    @Test
    void every_party_cites_a_source_the_document_defines() {
        for (InstrumentParties ip : data.instruments()) {
            Set<String> keys = new HashSet<>();
            ip.sources().forEach(s -> keys.add(s.key()));
            for (Party p : ip.parties()) {
                assertThat(keys).as(ip.id() + " " + p.state() + " cites '" + p.source() + "'").anyMatch(k -> p.source().contains(k));
                p.centralAuthorities().forEach(ca -> assertThat(keys).anyMatch(k -> ca.source().contains(k)));
            }
        }
    }

    @Test
    void every_declaration_kind_changes_a_rule_that_exists_in_its_pack() {
        for (InstrumentParties ip : data.instruments()) {
            if (ip.declarationKinds().isEmpty()) {
                continue;
            }
            CompiledRulePack pack = BuiltInPacks.registry().get(ip.effectivePackId());
            for (DeclarationKind k : ip.declarationKinds()) {
                assertThat(k.id()).startsWith(ip.id() + ".");
                for (String ruleId : k.ruleIds()) {
                    assertThat(pack.rule(ruleId)).as(k.id() + " changes rule " + ruleId).isPresent();
                    assertThat(pack.rule(ruleId).orElseThrow().citation().isWithin(k.citation()))
                            .as(k.id() + ": rule " + ruleId + " encodes " + k.citation()).isTrue();
                }
            }
        }
    }

    @Test
    void a_party_confirmed_only_by_a_later_date_is_bound_from_then_and_unknown_before() {
        // A host's document that knows only that a State was a party by some date (the shipped UN data has no such entry).
        Jurisdiction se = Jurisdiction.of("SE");
        PartyData host = data.withParty("UNTOC", Party.builder(se, "host register").partyBy(LocalDate.of(2005, 3, 15)).build());

        assertThat(host.binding("UNTOC", se, LocalDate.of(2005, 3, 15)).bound()).isEqualTo(Truth.TRUE);
        assertThat(host.binding("UNTOC", se, LocalDate.of(2004, 12, 1)).bound()).isEqualTo(Truth.UNKNOWN);
        assertThat(host.binding("UNTOC", se, LocalDate.of(2004, 12, 1)).explanation()).contains("only by 2005-03-15");
    }

    /**
     * Spot checks against the sources: instrument, State, date of deposit (empty for a succession), date of entry into force
     * and the source key the entry must cite. Early, late and derived dates, and parties that are not UN members.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            UNTOC | AF | 2003-09-24 | 2003-10-24 | NL-VB-PARTIES
            UNTOC | AL | 2002-08-21 | 2003-09-29 | NL-VB-PARTIES
            UNTOC | AT | 2004-09-23 | 2004-10-23 | AT-BGBL-III-84-2005
            UNTOC | CK | 2004-03-04 | 2004-04-03 | TRB-2007-70
            UNTOC | DE | 2006-06-14 | 2006-07-14 | TRB-2007-70
            UNTOC | IT | 2006-08-02 | 2006-09-01 | AT-BGBL-III-111-2008
            UNTOC | IL | 2006-12-27 | 2007-01-26 | AT-BGBL-III-111-2008
            UNTOC | LI | 2008-02-20 | 2008-03-21 | AT-BGBL-III-111-2008
            UNTOC | ME |            | 2006-06-03 | AT-BGBL-III-111-2008
            UNTOC | IE | 2010-06-17 | 2010-07-17 | AT-BGBL-III-145-2011
            UNTOC | GR | 2011-01-11 | 2011-02-10 | AT-BGBL-III-145-2011
            UNTOC | IN | 2011-05-05 | 2011-06-04 | AT-BGBL-III-145-2011
            UNTOC | PK | 2010-01-13 | 2010-02-12 | AT-BGBL-III-145-2011
            UNTOC | VA | 2012-01-25 | 2012-02-24 | AT-BGBL-III-176-2012
            UNTOC | NU | 2012-07-16 | 2012-08-15 | AT-BGBL-III-176-2012
            UNTOC | CI | 2012-10-25 | 2012-11-24 | AT-BGBL-III-176-2012
            UNTOC | US | 2005-11-03 | 2005-12-03 | AT-BGBL-III-96-2006
            UNTOC | GB | 2006-02-09 | 2006-03-11 | AT-BGBL-III-96-2006
            UNTOC | KI | 2005-09-15 | 2005-10-15 | AT-BGBL-III-96-2006
            UNTOC | BB | 2014-11-11 | 2014-12-11 | NL-VB-PARTIES
            UNTOC | TO | 2014-10-03 | 2014-11-02 | AT-BGBL-III-232-2014
            UNTOC | BT |            | 2023-03-22 | NL-VB-PARTIES
            UNTOC | UY | 2005-03-04 | 2005-04-03 | UNIS-2005
            UNTOC | TH | 2013-10-17 | 2013-11-16 | TH-MFA-2013-10-20
            UNTOC | ZA | 2004-02-20 | 2004-03-21 | UNTC-XVIII-12-FR
            UNTOC | SA | 2005-01-18 | 2005-02-17 | UNTC-XVIII-12-FR
            UNTOC | MV | 2013-02-04 | 2013-03-06 | MV-MFA-2013-02-07
            UNTOC | SK | 2003-12-03 | 2004-01-02 | SK-ZZ-621-2003
            UNCAC | DZ | 2004-08-25 | 2005-12-14 | TRB-2006-266
            UNCAC | HN | 2005-05-23 | 2005-12-14 | AT-BGBL-III-6-2008
            UNCAC | AM | 2007-03-08 | 2007-04-07 | TRB-2011-32
            UNCAC | AT | 2006-01-11 | 2006-02-10 | AT-BGBL-III-47-2006
            UNCAC | NO | 2006-06-29 | 2006-07-29 | AT-BGBL-III-6-2008
            UNCAC | NL | 2006-10-31 | 2006-11-30 | AT-BGBL-III-6-2008
            UNCAC | DK | 2006-12-26 | 2007-01-25 | AT-BGBL-III-6-2008
            UNCAC | PL | 2006-09-15 | 2006-10-15 | AT-BGBL-III-6-2008
            UNCAC | CA | 2007-10-02 | 2007-11-01 | AT-BGBL-III-6-2008
            UNCAC | US |            | 2006-11-29 | US-DOS-2006-11-29
            UNCAC | KR | 2008-03-27 | 2008-04-26 | AT-BGBL-III-25-2009
            UNCAC | BE | 2008-09-25 | 2008-10-25 | AT-BGBL-III-25-2009
            UNCAC | IL | 2009-02-04 | 2009-03-06 | AT-BGBL-III-25-2009
            UNCAC | CY | 2009-02-23 | 2009-03-25 | AT-BGBL-III-90-2009
            UNCAC | PW | 2009-03-24 | 2009-04-23 | AT-BGBL-III-90-2009
            UNCAC | CH | 2009-09-24 | 2009-10-24 | CH-BJ-UNCAC
            UNCAC | IT | 2009-10-05 | 2009-11-04 | AT-BGBL-III-59-2011
            UNCAC | LI | 2010-07-08 | 2010-08-07 | AT-BGBL-III-59-2011
            UNCAC | NP | 2011-03-29 | 2011-04-28 | AT-BGBL-III-59-2011
            UNCAC | TH | 2011-03-01 | 2011-03-31 | AT-BGBL-III-59-2011
            UNCAC | BW | 2011-06-27 | 2011-07-27 | UNTC-XVIII-14
            UNCAC | SZ | 2012-09-24 | 2012-10-24 | UNODC-IRG-SZ-2016
            UNCAC | BZ | 2016-12-12 | 2017-01-11 | UNTC-XVIII-14
            UNCAC | BB | 2023-10-10 | 2023-11-09 | UNTC-XVIII-14
            UNCAC | IN | 2011-05-09 | 2011-06-08 | IN-LS-UNCAC
            UNCAC | RU | 2006-05-09 | 2006-06-08 | RU-UNCAC-SECONDARY
            UNCAC | SK | 2006-06-01 | 2006-07-01 | SK-ZZ-434-2006
            UNCAC | ZA | 2004-11-22 | 2005-12-14 | UNTC-XVIII-14-FR
            UNCAC | SA | 2013-04-29 | 2013-05-29 | UNTC-XVIII-14-FR
            UNCAC | DE | 2014-11-12 | 2014-12-12 | UNTC-XVIII-14-FR
            UNCAC | VU | 2011-07-12 | 2011-08-11 | UNDP-PACIFIC-2011-07-29
            UNCAC | VA | 2016-09-19 | 2016-10-19 | LU-MEMORIAL-2016-10-21
            UNCAC | TD | 2018-06-26 | 2018-07-26 | UNODC-WCA-TD-2018
            UNCAC | NU | 2017-10-03 | 2017-11-02 | TVNIUE-2019-09
            """)
    void a_listed_party_has_the_dates_its_source_gives(String id, String state, LocalDate deposited, LocalDate inForce, String source) {
        Party p = data.instrument(id).orElseThrow().party(Jurisdiction.of(state)).orElseThrow();

        assertThat(p.deposited()).isEqualTo(Optional.ofNullable(deposited));
        assertThat(p.inForce()).contains(inForce);
        assertThat(p.source()).contains(source);
        assertThat(data.binding(id, p.state(), inForce).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding(id, p.state(), inForce.minusDays(1)).bound()).isEqualTo(Truth.FALSE);
    }

    @Test
    void notified_central_authorities_and_languages_are_carried_with_their_source() {
        InstrumentParties untoc = data.instrument("UNTOC").orElseThrow();
        Party kiribati = untoc.party(Jurisdiction.of("KI")).orElseThrow();
        Party canada = untoc.party(Jurisdiction.of("CA")).orElseThrow();

        assertThat(kiribati.languages()).containsExactly(LanguageCode.of("en"));
        assertThat(kiribati.centralAuthorities()).singleElement()
                .satisfies(ca -> assertThat(ca.source()).contains("AT-BGBL-III-96-2006").contains("18(13)"));
        assertThat(canada.centralAuthorities()).singleElement()
                .satisfies(ca -> assertThat(ca.name()).startsWith("International Assistance Group"));
        Party slovakia = untoc.party(Jurisdiction.of("SK")).orElseThrow();
        assertThat(slovakia.centralAuthorities()).hasSize(2).allSatisfy(ca -> assertThat(ca.source()).contains("SK-ZZ-621-2003").contains("18(13)"));
        assertThat(slovakia.languages()).as("Slovakia's art. 18(14) declaration")
                .containsExactlyInAnyOrder(LanguageCode.of("sk"), LanguageCode.of("cs"), LanguageCode.of("en"), LanguageCode.of("fr"));
        assertThat(untoc.parties()).allSatisfy(p -> assertThat(p.declarations()).as(p.state().alpha2()).isEmpty());
        assertThat(data.instrument("UNCAC").orElseThrow().party(Jurisdiction.of("SK")).orElseThrow().centralAuthorities()).singleElement()
                .satisfies(ca -> assertThat(ca.source()).contains("SK-GOV-BOJPROTIKORUPCII-OSN").contains("46(13)"));
    }

    /** The counts are pinned so that a change to the shipped lists is a deliberate one (and the docs are updated with it). */
    @Test
    void the_shipped_lists_have_the_documented_number_of_parties_and_stay_partial() {
        InstrumentParties untoc = data.instrument("UNTOC").orElseThrow();
        InstrumentParties uncac = data.instrument("UNCAC").orElseThrow();

        assertThat(untoc.parties()).hasSize(166);
        assertThat(uncac.parties()).hasSize(183);
        assertThat(untoc.complete()).isFalse();
        assertThat(uncac.complete()).isFalse();
        assertThat(untoc.asOf()).isEqualTo(LocalDate.of(2024, 5, 4));
        assertThat(uncac.asOf()).isEqualTo(LocalDate.of(2024, 4, 20));
        assertThat(untoc.notes()).anyMatch(n -> n.startsWith("GAPS")).anyMatch(n -> n.contains("European Union"));
        assertThat(uncac.notes()).anyMatch(n -> n.startsWith("GAPS")).anyMatch(n -> n.contains("European Community"));
    }

    @Test
    void the_united_kingdom_and_japan_are_dated_from_their_own_governments_statements() {
        assertThat(data.binding("UNCAC", Jurisdiction.of("GB"), LocalDate.of(2006, 3, 11)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("UNCAC", Jurisdiction.of("GB"), LocalDate.of(2006, 3, 10)).bound()).isEqualTo(Truth.FALSE);
        assertThat(data.binding("UNCAC", Jurisdiction.of("JP"), LocalDate.of(2017, 8, 10)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("UNTOC", Jurisdiction.of("JP"), LocalDate.of(2017, 8, 9)).bound()).isEqualTo(Truth.FALSE);
        assertThat(data.binding("UNCAC", Jurisdiction.of("IE"), LocalDate.of(2011, 12, 1)).bound())
                .as("Ireland: month of ratification only").isEqualTo(Truth.UNKNOWN);
        assertThat(data.binding("UNCAC", Jurisdiction.of("IE"), LocalDate.of(2011, 12, 30)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("UNCAC", Jurisdiction.of("SE"), LocalDate.of(2007, 10, 25)).bound()).isEqualTo(Truth.TRUE);
    }

    @Test
    void the_forty_states_that_brought_untoc_into_force_are_bound_from_2003_09_29() {
        for (String state : List.of("FR", "ES", "MC", "NG", "PE", "NZ")) {
            assertThat(data.binding("UNTOC", Jurisdiction.of(state), LocalDate.of(2003, 9, 29)).bound()).as(state).isEqualTo(Truth.TRUE);
            assertThat(data.binding("UNTOC", Jurisdiction.of(state), LocalDate.of(2003, 9, 28)).bound()).as(state).isEqualTo(Truth.FALSE);
        }
        assertThat(data.binding("UNTOC", Jurisdiction.of("PT"), LocalDate.of(2004, 7, 17)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("UNTOC", Jurisdiction.of("PT"), LocalDate.of(2004, 7, 16)).bound())
                .as("Portugal: only the notice of its deposit was read").isEqualTo(Truth.UNKNOWN);
        assertThat(data.instrument("UNTOC").orElseThrow().party(Jurisdiction.of("PL")).orElseThrow().languages())
                .as("Poland's art. 18(14) notification").containsExactlyInAnyOrder(LanguageCode.of("pl"), LanguageCode.of("en"));
    }

    /** The 193 UN Member States and the four other States that may join UNTOC and UNCAC (Cook Islands, Holy See, Niue, Palestine). */
    private static final List<String> STATES_THAT_MAY_JOIN = List.of(("AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR"
            + " BN BG BF BI CV KH CM CA CF TD CL CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE DE"
            + " GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH"
            + " MR MU MX FM MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR MD RO RU RW KN LC VC WS SM ST"
            + " SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG UA AE GB TZ US UY UZ VU VE VN YE ZM"
            + " ZW CK NU VA PS").split(" "));

    /** Issue 12: a partial list is complete but for named gaps; every State it leaves out is named, by code, in its GAPS note. */
    @ParameterizedTest
    @CsvSource({"UNTOC, 31", "UNCAC, 14"})
    void every_state_a_partial_un_list_leaves_out_is_named_in_its_gaps_note(String id, int gaps) {
        InstrumentParties ip = data.instrument(id).orElseThrow();
        String note = ip.notes().stream().filter(n -> n.startsWith("GAPS")).findFirst().orElseThrow();
        String named = note.substring(0, note.indexOf("Listed with partyBy only"));
        List<String> missing = STATES_THAT_MAY_JOIN.stream().filter(s -> ip.party(Jurisdiction.of(s)).isEmpty()).toList();

        assertThat(STATES_THAT_MAY_JOIN).hasSize(197).doesNotHaveDuplicates();
        assertThat(missing).hasSize(gaps);
        assertThat(missing).allSatisfy(s -> assertThat(named).as(id).containsPattern("\\b" + s + " [A-Z]"));
        assertThat(STATES_THAT_MAY_JOIN).filteredOn(s -> named.matches("(?s).*\\b" + s + " [A-Z].*"))
                .as("no listed party is named as a gap").containsExactlyElementsOf(missing);
        ip.parties().stream().filter(p -> p.partyBy().isPresent()).forEach(p -> assertThat(note.substring(note.indexOf("partyBy only")))
                .as(id + " names its partyBy entries").contains(p.state().alpha2() + " "));
    }

    @Test
    void states_known_only_from_a_later_date_are_bound_from_that_date_and_unknown_before() {
        assertThat(data.binding("UNTOC", Jurisdiction.of("KR"), LocalDate.of(2015, 12, 5)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("UNTOC", Jurisdiction.of("KR"), LocalDate.of(2015, 12, 4)).bound()).isEqualTo(Truth.UNKNOWN);
        assertThat(data.binding("UNTOC", Jurisdiction.of("CZ"), LocalDate.of(2013, 10, 24)).bound())
                .as("a party to the Firearms Protocol is a party to the Convention, UNTOC art. 37(2)").isEqualTo(Truth.TRUE);
        assertThat(data.binding("UNTOC", Jurisdiction.of("CZ"), LocalDate.of(2013, 10, 23)).bound()).isEqualTo(Truth.UNKNOWN);
        assertThat(data.binding("UNTOC", Jurisdiction.of("PY"), LocalDate.of(2008, 11, 5)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("UNCAC", Jurisdiction.of("TR"), LocalDate.of(2007, 1, 8)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("UNCAC", Jurisdiction.of("TR"), LocalDate.of(2006, 12, 9)).bound())
                .as("Turkish sources differ on whether 2006-12-09 is the deposit or the entry into force").isEqualTo(Truth.UNKNOWN);
        assertThat(data.binding("UNCAC", Jurisdiction.of("ME"), LocalDate.of(2006, 10, 23)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("UNCAC", Jurisdiction.of("SA"), LocalDate.of(2014, 10, 6)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("UNCAC", Jurisdiction.of("UY"), LocalDate.of(2014, 10, 8)).bound())
                .as("a State under review in the first cycle of the UNCAC review mechanism").isEqualTo(Truth.TRUE);
        assertThat(data.binding("UNCAC", Jurisdiction.of("UY"), LocalDate.of(2014, 10, 7)).bound()).isEqualTo(Truth.UNKNOWN);
        assertThat(data.binding("UNCAC", Jurisdiction.of("ZW"), LocalDate.of(2021, 3, 8)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("UNCAC", Jurisdiction.of("ZW"), LocalDate.of(2008, 1, 1)).bound())
                .as("'ratified in 2007' may be the domestic ratification; not used").isEqualTo(Truth.UNKNOWN);
        assertThat(data.binding("UNCAC", Jurisdiction.of("TT"), LocalDate.of(2006, 6, 30)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("UNCAC", Jurisdiction.of("TT"), LocalDate.of(2006, 6, 29)).bound())
                .as("the thirtieth day after the deposit of 2006-05-31, UNCAC art. 68(2)").isEqualTo(Truth.FALSE);
        assertThat(data.binding("UNCAC", Jurisdiction.of("MC"), LocalDate.of(2026, 3, 1)).bound())
                .as("named as a gap: not listed, so unknown").isEqualTo(Truth.UNKNOWN);
        assertThat(data.binding("UNTOC", Jurisdiction.of("UA"), LocalDate.of(2004, 6, 20)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("UNTOC", Jurisdiction.of("UA"), LocalDate.of(2004, 5, 21)).bound())
                .as("Ukrainian databases give 2004-05-21 and 2004-06-20; only the later is recorded").isEqualTo(Truth.UNKNOWN);
        assertThat(data.binding("UNTOC", Jurisdiction.of("FJ"), LocalDate.of(2018, 1, 30)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("UNTOC", Jurisdiction.of("FJ"), LocalDate.of(2017, 6, 1)).bound())
                .as("Fiji's statement gives only the year 2017").isEqualTo(Truth.UNKNOWN);
        assertThat(data.binding("UNCAC", Jurisdiction.of("SO"), LocalDate.of(2021, 9, 10)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("UNCAC", Jurisdiction.of("SO"), LocalDate.of(2021, 8, 11)).bound())
                .as("'became a State Party on 11 August 2021' may be the deposit").isEqualTo(Truth.UNKNOWN);
        assertThat(data.binding("UNCAC", Jurisdiction.of("CI"), LocalDate.of(2014, 1, 30)).bound())
                .as("named with BGBl. III No. 163/2013").isEqualTo(Truth.TRUE);
        assertThat(data.binding("UNCAC", Jurisdiction.of("TO"), LocalDate.of(2020, 3, 7)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("UNCAC", Jurisdiction.of("MM"), LocalDate.of(2013, 1, 30)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("UNCAC", Jurisdiction.of("TV"), LocalDate.of(2020, 3, 7)).bound())
                .as("named collectively before Tonga's accession").isEqualTo(Truth.TRUE);
        assertThat(data.binding("UNCAC", Jurisdiction.of("SS"), LocalDate.of(2015, 6, 1)).bound())
                .as("South Sudan: year of accession only").isEqualTo(Truth.UNKNOWN);
        assertThat(data.binding("UNCAC", Jurisdiction.of("MM"), LocalDate.of(2013, 1, 19)).bound())
                .as("Myanmar's own sources give 12 and 20 December 2012").isEqualTo(Truth.UNKNOWN);
        assertThat(data.binding("UNCAC", Jurisdiction.of("SB"), LocalDate.of(2012, 1, 8)).bound())
                .as("reported deposit on a Sunday: only the latest possible entry into force is recorded").isEqualTo(Truth.UNKNOWN);
    }

    /** A source that confirms a State joined only after the as-of date makes it "not bound" up to the date the source supports. */
    @Test
    void states_verified_to_have_joined_after_the_as_of_date_are_not_bound_until_then() {
        Binding somalia = data.binding("UNTOC", Jurisdiction.of("SO"), LocalDate.of(2024, 5, 4));
        assertThat(somalia.bound()).as("Somalia acceded to UNTOC in November 2024").isEqualTo(Truth.FALSE);
        assertThat(somalia.explanation()).contains("SO-MFA-2024-11");
        assertThat(data.binding("UNTOC", Jurisdiction.of("SO"), LocalDate.of(2024, 5, 5)).bound()).isEqualTo(Truth.UNKNOWN);

        assertThat(data.binding("UNCAC", Jurisdiction.of("KN"), LocalDate.of(2024, 8, 5)).bound())
                .as("Saint Kitts and Nevis acceded to UNCAC on 2024-08-06").isEqualTo(Truth.FALSE);
        assertThat(data.binding("UNCAC", Jurisdiction.of("KN"), LocalDate.of(2024, 8, 6)).bound()).isEqualTo(Truth.UNKNOWN);
        assertThat(data.binding("UNCAC", Jurisdiction.of("SO"), LocalDate.of(2024, 5, 4)).bound())
                .as("a non-party of one convention says nothing of the other").isEqualTo(Truth.TRUE);
        assertThat(data.binding("UNCAC", Jurisdiction.of("SM"), LocalDate.of(2025, 9, 24)).bound())
                .as("San Marino deposited on 2025-09-25").isEqualTo(Truth.FALSE);
        assertThat(data.binding("UNCAC", Jurisdiction.of("SM"), LocalDate.of(2025, 10, 25)).bound())
                .as("after the as-of date the list does not encode its entry into force").isEqualTo(Truth.UNKNOWN);
        assertThat(data.binding("UNCAC", Jurisdiction.of("AD"), LocalDate.of(2026, 1, 14)).bound())
                .as("Andorra's Government decided to launch accession on 2026-01-14").isEqualTo(Truth.FALSE);
    }

    @Test
    void a_state_missing_from_a_partial_list_is_unknown_never_not_bound() {
        Binding b = data.binding("UNTOC", Jurisdiction.of("SE"), LocalDate.of(2026, 3, 1));

        assertThat(b.bound()).isEqualTo(Truth.UNKNOWN);
        assertThat(b.explanation()).contains("partial list as of 2024-05-04");
    }

    @Test
    void the_model_treaty_binds_no_one() {
        assertThat(data.binding("UN_MODEL_TREATY", Jurisdiction.of("NL"), LocalDate.of(2026, 3, 1)).bound()).isEqualTo(Truth.FALSE);
    }

    @Test
    void shipped_bilateral_treaties_name_their_source_and_two_valid_states() {
        for (BilateralTreaty t : BuiltInPacks.partyData().bilateralTreaties()) {
            assertThat(t.states()).as(t.id()).hasSize(2).allSatisfy(j -> assertThat(Jurisdiction.isKnown(j.alpha2())).isTrue());
            assertThat(t.source()).as(t.id()).isNotBlank();
            t.until().ifPresent(u -> assertThat(u).as(t.id()).isAfterOrEqualTo(t.inForce()));
        }
        assertThat(data.provenance().get(0).notes()).as("the shared document explains why it ships no treaty").isNotEmpty();
    }

    /** The text-free answer the EU packs use at every decision is the truth of the full binding, State by State. */
    @Test
    void bound_answers_as_the_binding_does_for_every_party_and_some_non_parties() {
        List<LocalDate> dates = List.of(LocalDate.of(1959, 4, 20), LocalDate.of(2003, 12, 31), LocalDate.of(2004, 1, 1), LocalDate.of(2017, 5, 22),
                LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 1), LocalDate.of(2026, 3, 1));
        int checked = 0;
        for (InstrumentParties ip : BuiltInPacks.partyData().instruments()) {
            Set<Jurisdiction> states = new HashSet<>();
            ip.parties().forEach(p -> states.add(p.state()));
            states.addAll(List.of(Jurisdiction.of("DK"), Jurisdiction.of("IE"), Jurisdiction.of("XK"), Jurisdiction.of("BR")));
            for (Jurisdiction state : states) {
                for (LocalDate date : dates) {
                    assertThat(ip.bound(state, date)).as("%s %s %s", ip.id(), state, date).isEqualTo(ip.binding(state, date).bound());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }
}
