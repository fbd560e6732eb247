package org.openmla.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openmla.core.json.CollectionLimits;
import org.openmla.core.json.MlaJson;
import org.openmla.core.json.MlaJsonException;
import org.openmla.core.model.AttachmentKind;
import org.openmla.core.model.Attachment;
import org.openmla.core.model.IdentifierKind;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.Measure;
import org.openmla.core.model.MeasureTarget;
import org.openmla.core.model.MeasureType;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.model.Offence;
import org.openmla.core.model.OffenceCategory;
import org.openmla.core.model.Penalty;
import org.openmla.core.model.Person;
import org.openmla.core.model.PersonIdentifier;
import org.openmla.core.model.PersonRole;
import org.openmla.testkit.fixtures.Requests;

/**
 * Reading the largest request the default {@link CollectionLimits} accept (1,000 persons with 20 identifiers each,
 * 1,000 offences, 1,000 measures, 1,000 attachments; compact JSON, its size printed at setup), in a JVM limited to a 64 MB heap, and
 * rejecting a document of a million empty offences. Goal (issue #16): under 64 MB heap and 1 s. Run:
 * {@code java -jar mla-bench/target/mla-bench.jar LargestDocumentBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m", "-Xms64m"})
public class LargestDocumentBenchmark {

    MlaJson json;
    String largest;
    String millionOffences;

    @Setup
    public void setUp() {
        json = MlaJson.create();
        CollectionLimits limits = CollectionLimits.defaults();
        MlaRequest base = Requests.untoc().build();
        MlaRequest.Builder b = base.toBuilder().clearOffences().clearMeasures();
        for (int i = 0; i < limits.offences(); i++) {
            b.offence(Offence.builder().description("Laundering of the proceeds of fraud, count " + i).category(OffenceCategory.LAUNDERING)
                    .maxPenalty(Penalty.imprisonmentYears(8)).build());
        }
        for (int p = base.persons().size(); p < limits.persons(); p++) {
            Person.Builder person = Person.builder("bench" + p, PersonRole.ACCOUNT_HOLDER).name("Holding company number " + p);
            for (int i = 0; i < limits.identifiers(); i++) {
                person.identifier(PersonIdentifier.of(IdentifierKind.values()[i % IdentifierKind.values().length], "ID" + p + "-" + i,
                        Jurisdiction.of("CH")));
            }
            b.person(person.build());
        }
        for (int m = 0; m < limits.measures(); m++) {
            b.measure(Measure.builder(MeasureType.BANK_AND_BUSINESS_RECORDS).target(MeasureTarget.person("bench" + (base.persons().size() + m % (limits.persons() - base.persons().size())))).build());
        }
        for (int a = base.attachments().size(); a < limits.attachments(); a++) {
            b.attachment(Attachment.of("Account statement " + a, AttachmentKind.values()[a % AttachmentKind.values().length]));
        }
        try {
            largest = json.objectMapper().writeValueAsString(b.build()); // compact: pretty-printed it would pass the length limit
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (largest.length() > MlaJson.MAX_DOCUMENT_CHARS) {
            throw new IllegalStateException("the largest document is longer than the length limit: " + largest.length());
        }
        json.readRequest(largest);
        millionOffences = json.writeRequest(Requests.untoc().build()).replaceFirst("\"offences\": \\[", "\"offences\": [ " + "{}, ".repeat(1_000_000));
        if (!millionOffences.contains("{}, {}, ")) {
            throw new IllegalStateException("offences not found");
        }
        System.out.println("largest accepted document: " + largest.length() + " characters; million-offence document: "
                + millionOffences.length() + " characters");
    }

    /** @return the largest request the default limits accept, read and checked */
    @Benchmark
    public MlaRequest readLargestAccepted() {
        return json.readRequest(largest);
    }

    /** @return the problem count of a document with a million empty offences, rejected while streaming */
    @Benchmark
    public int rejectMillionOffences() {
        try {
            json.readRequest(millionOffences);
            throw new IllegalStateException("accepted");
        } catch (MlaJsonException e) {
            return e.problems().size();
        }
    }
}
