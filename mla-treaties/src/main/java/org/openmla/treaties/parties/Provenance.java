package org.openmla.treaties.parties;

import java.time.LocalDate;
import java.util.List;
import org.openmla.core.internal.Checks;

/**
 * One document that contributed to a {@link PartyData}: its name, version, date and sources. A decision can record
 * these so that the party data it relied on can be identified later.
 *
 * @param name the document's name, e.g. {@code org/openmla/treaties/parties/untoc.json} or a host's file name
 * @param dataVersion the document's version
 * @param asOf the date the document reflects
 * @param sources where its data comes from
 * @param notes what a reader should know about it
 */
public record Provenance(String name, String dataVersion, LocalDate asOf, List<Source> sources, List<String> notes) {

    /** @throws org.openmla.core.InvalidValueException if a field is null or blank */
    public Provenance {
        Checks.text(name, "Provenance.name", 500);
        Checks.text(dataVersion, "Provenance.dataVersion", 40);
        Checks.required(asOf, "Provenance.asOf");
        sources = Checks.list(sources, "Provenance.sources");
        notes = Checks.textList(notes, "Provenance.notes", 4000);
    }
}
