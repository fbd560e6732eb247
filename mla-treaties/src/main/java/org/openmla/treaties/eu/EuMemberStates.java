package org.openmla.treaties.eu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.rules.Truth;
import org.openmla.treaties.parties.InstrumentParties;
import org.openmla.treaties.parties.Party;
import org.openmla.treaties.parties.PartyData;
import org.openmla.treaties.parties.PartyDataException;

/**
 * The States taking part in the EU instruments of this package, as the rule packs' scope rules need them, read from the
 * dated party data shipped with the library: membership of the European Union from {@code eu-membership.json}
 * (instrument {@value #MEMBERSHIP}, with each State's accession date or the date by which a source confirms it), and
 * the States bound by the EIO from {@code eio.json}. Read once, when the class is first used (never during an
 * evaluation). Immutable.
 */
final class EuMemberStates {
    private EuMemberStates() {}

    /** The membership list's instrument id in the party data. */
    static final String MEMBERSHIP = "EU";

    private static final PartyData DATA = load("eu-membership.json", "eio.json");
    private static final InstrumentParties MEMBERS = DATA.instrument(MEMBERSHIP)
            .orElseThrow(() -> new PartyDataException("eu-membership.json: does not define instrument " + MEMBERSHIP));

    static final Jurisdiction DENMARK = Jurisdiction.of("DK");
    static final Jurisdiction IRELAND = Jurisdiction.of("IE");
    static final Jurisdiction UNITED_KINGDOM = Jurisdiction.of("GB");

    /** Member States bound by Directive 2014/41/EU today (all but Denmark and Ireland, EIO recitals 44-45), from {@code eio.json}. */
    static final Set<Jurisdiction> EIO_BOUND = DATA.instrument(EioPack.ID).orElseThrow().parties().stream()
            .filter(p -> p.until().isEmpty()).map(Party::state).collect(Collectors.toCollection(TreeSet::new));

    /** Last day of the United Kingdom's participation in the EIO, from {@code eio.json} (reference 5.1, [GK]). */
    static final LocalDate UK_EIO_LAST_DAY = DATA.instrument(EioPack.ID).orElseThrow().party(UNITED_KINGDOM).flatMap(Party::until)
            .orElseThrow(() -> new PartyDataException("eio.json: no end date for the United Kingdom"));

    /**
     * Whether a State is a Member State of the European Union on a date, from the dated membership data.
     *
     * @param state the State
     * @param date the date
     * @return TRUE or FALSE; UNKNOWN where the data confirms membership only from a later date
     */
    static Truth memberOn(Jurisdiction state, LocalDate date) {
        return MEMBERS.bound(state, date);
    }

    private static PartyData load(String... resources) {
        PartyData data = PartyData.empty();
        for (String resource : resources) {
            try (InputStream in = PartyData.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new PartyDataException("org/openmla/treaties/parties/" + resource + ": is missing from the mla-treaties jar");
                }
                data = data.withDocument(in, "org/openmla/treaties/parties/" + resource);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return data;
    }
}
