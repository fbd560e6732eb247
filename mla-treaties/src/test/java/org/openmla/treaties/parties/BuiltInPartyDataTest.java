package org.openmla.treaties.parties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.rules.CompiledRulePack;
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
        Jurisdiction at = Jurisdiction.of("AT");

        assertThat(data.binding("UNTOC", at, LocalDate.of(2005, 3, 15)).bound()).isEqualTo(Truth.TRUE);
        assertThat(data.binding("UNTOC", at, LocalDate.of(2004, 12, 1)).bound()).isEqualTo(Truth.UNKNOWN);
        assertThat(data.binding("UNTOC", at, LocalDate.of(2004, 12, 1)).explanation()).contains("only by 2005-03-15");
    }

    @Test
    void a_state_missing_from_a_partial_list_is_unknown_never_not_bound() {
        Binding b = data.binding("UNTOC", Jurisdiction.of("FR"), LocalDate.of(2026, 3, 1));

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
}
