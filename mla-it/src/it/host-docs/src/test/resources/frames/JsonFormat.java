import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.openmla.core.json.MlaJson;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
//@imports

/** docs/json-format.md: reading and writing a request. */
public final class JsonFormat {
    public static void main(String[] args) throws Exception {
        MlaRequest original = MlaRequest.builder("NL-2026-00042", Jurisdiction.of("NL"), Jurisdiction.of("BE"))
                .legalBasis("UNTOC").dateIssued(LocalDate.of(2026, 3, 1)).measure(MeasureType.BANK_AND_BUSINESS_RECORDS).build();
        Path path = Files.writeString(Path.of("request.json"), MlaJson.create().writeRequest(original));

//@snippet main

        // expect-output: read: true
        System.out.println("read: " + request.equals(original));
        // expect-output: reads back equal: true
        System.out.println("reads back equal: " + json.readRequest(text).equals(request));
    }
}
