import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.openmla.core.model.Jurisdiction;
import org.openmla.treaties.BuiltInPacks;
import org.openmla.treaties.parties.PartyData;
import org.openmla.treaties.resolver.LegalBasisResolver;
//@imports

/** docs/party-data.md: a host's own party data laid over the shipped data (the page's bilateral-treaty document). */
public final class PartyDataOverlay {
    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of("party-data-2026-03.json"), """
                { "format": "openmla-party-data/1", "dataVersion": "host-1", "asOf": "2026-03-01",
                  "bilateralTreaties": [ { "id": "EXAMPLE-MLAT", "title": "Example treaty (fictional)", "states": ["AR", "NL"],
                                           "inForce": "2001-01-01", "source": "host's treaty register" } ] }
                """);

//@snippet main

        // expect-output: last document: party-data-2026-03.json host-1
        var last = data.provenance().get(data.provenance().size() - 1);
        System.out.println("last document: " + last.name() + " " + last.dataVersion());
        // expect-output: treaties between AR and NL: [EXAMPLE-MLAT]
        System.out.println("treaties between AR and NL: " + data.bilateralTreaties(Jurisdiction.of("AR"), Jurisdiction.of("NL"),
                LocalDate.of(2026, 3, 1)).stream().map(t -> t.id()).toList());
        // expect-output: resolver ready: true
        System.out.println("resolver ready: " + (resolver != null));
    }
}
