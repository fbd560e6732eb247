package org.openmla.treaties.internal.json;

import java.util.List;
import org.openmla.treaties.parties.BilateralTreaty;
import org.openmla.treaties.parties.InstrumentParties;
import org.openmla.treaties.parties.Party;
import org.openmla.treaties.parties.Provenance;

/**
 * A party-data document as read: its provenance, the instruments it defines, the party updates it makes to instruments
 * defined elsewhere, and its bilateral treaties.
 */
public record PartyDocument(Provenance provenance, List<InstrumentParties> instruments, List<PartyUpdate> partyUpdates,
        List<BilateralTreaty> treaties) {

    /** A party entry for an instrument the document may not define; {@code field} locates it for messages. */
    public record PartyUpdate(String instrumentId, Party party, String field) {}
}
