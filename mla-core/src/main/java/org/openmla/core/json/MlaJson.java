package org.openmla.core.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.openmla.core.internal.Dependencies;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.decision.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes requests in the OpenMLA JSON format, version {@value #SCHEMA_VERSION}.
 *
 * <p><b>Reading</b> returns a complete {@link MlaRequest} or throws one {@link MlaJsonException} that lists every
 * problem of the document (syntax, limits, unknown or missing properties, wrong types, unknown codes, malformed
 * dates, violated constraints, cross-field rules) with its JSON Pointer, line and column. Nothing half-built is ever
 * returned. Limits: {@value #MAX_DOCUMENT_CHARS} characters, nesting depth {@value #MAX_NESTING_DEPTH}, strings of
 * {@value #MAX_STRING_LENGTH} characters, numbers of {@value #MAX_NUMBER_LENGTH} digits, and the elements of each
 * collection ({@link CollectionLimits}: 1,000 persons, offences, measures, attachments or history entries by default),
 * counted while reading, before anything is built. Duplicate property names
 * and content after the value are errors. A JSON {@code null} is an error wherever it appears: an optional property
 * is absent by being left out, never by being null. Polymorphic typing is never enabled, so a document cannot name
 * Java classes to instantiate.
 *
 * <p><b>Writing</b> produces pretty-printed JSON that reading turns back into an equal request; absent optional
 * values, empty lists and {@code false} flags are left out.
 *
 * <p>Immutable and thread-safe: create one and share it. No method accepts null. Neither exception messages nor log
 * lines contain personal data.
 */
public final class MlaJson {
    /** The version of the format this class reads and writes, written as {@code schemaVersion}. */
    public static final int SCHEMA_VERSION = 1;
    /**
     * The version of the case format written by {@link #writeCase(RequestCase)} (version 2 for a case holding a decision
     * reference without facts, read from an older document); versions 1 and 2 are still read.
     */
    public static final int CASE_SCHEMA_VERSION = CaseJson.SCHEMA_VERSION;
    /** The longest document read, in characters. */
    public static final int MAX_DOCUMENT_CHARS = 10_000_000;
    /** The deepest nesting of arrays and objects read. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest string value read, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** The longest number read, in characters. */
    public static final int MAX_NUMBER_LENGTH = 50;

    private static final Logger LOG = LoggerFactory.getLogger(MlaJson.class);
    private static final String SCHEMA_RESOURCE = "mla-request-v1.schema.json";

    /** The mapper with {@link MlaJsonModule} and the pretty printer, made on first use: reading needs neither. */
    private final Writing writing;
    private final DocumentReader reader;

    private MlaJson(ObjectMapper readingMapper) {
        this.writing = new Writing();
        this.reader = new DocumentReader(readingMapper);
    }

    private MlaJson(MlaJson base, CollectionLimits limits) {
        this.writing = base.writing;
        this.reader = base.reader.withLimits(limits);
    }

    /** Made once, on first use, and shared by the instances {@link #withLimits} derives. */
    private static final class Writing {
        private ObjectMapper mapper; // written before writer, read after it
        private volatile ObjectWriter writer;

        ObjectWriter writer() {
            ObjectWriter w = writer;
            if (w == null) {
                synchronized (this) {
                    if (writer == null) {
                        mapper = MapperSetup.mapper();
                        writer = mapper.writer(MapperSetup.prettyPrinter());
                    }
                    w = writer;
                }
            }
            return w;
        }

        ObjectMapper mapper() {
            writer();
            return mapper;
        }
    }

    /**
     * Returns a reader and writer like this one whose reading methods enforce other collection limits (the defaults
     * are {@link CollectionLimits#defaults()}). The limits are checked while the document is read, before anything
     * is built; a document beyond one is rejected as too large.
     *
     * @param limits the limits
     * @return the new instance; this one is unchanged
     */
    public MlaJson withLimits(CollectionLimits limits) {
        return new MlaJson(this, Objects.requireNonNull(limits, "limits"));
    }

    /**
     * @return a reader and writer with the limits and features described above
     * @throws org.openmla.core.MlaException if jackson-core or jackson-databind is older than 2.16; the message names the
     *     artifact to add or upgrade (Hibernate Validator is started, and checked, by the first document with a problem)
     */
    public static MlaJson create() {
        Dependencies.requireJackson(); // Hibernate Validator starts with the first document that has a problem
        return new MlaJson(MapperSetup.readingMapper());
    }

    /**
     * Reads a request.
     *
     * @param json the document
     * @return the request
     * @throws MlaJsonException if the document is not a well-formed request
     */
    public MlaRequest readRequest(String json) {
        Objects.requireNonNull(json, "json");
        try {
            MlaRequest request = reader.read(json);
            LOG.debug("Read request {}: {} measures, {} persons", request.id(), request.measures().size(), request.persons().size());
            return request;
        } catch (MlaJsonException e) {
            LOG.debug("Rejected a request document with {} problems", e.problems().size());
            throw e;
        }
    }

    /**
     * Reads a request from a character stream, which is read to its end but not closed.
     *
     * @throws MlaJsonException if the document is not a well-formed request
     * @throws UncheckedIOException if the stream cannot be read
     */
    public MlaRequest readRequest(Reader json) {
        return readRequest(DocumentReader.slurp(Objects.requireNonNull(json, "json")));
    }

    /**
     * Reads a request from a UTF-8 file.
     *
     * @throws MlaJsonException if the document is not valid UTF-8 or not a well-formed request
     * @throws UncheckedIOException if the file cannot be read
     */
    public MlaRequest readRequest(Path json) {
        return readRequest(DocumentReader.slurpUtf8(json));
    }

    /**
     * Reads a request from a UTF-8 byte stream, which is read to its end but not closed.
     *
     * @throws MlaJsonException if the document is not valid UTF-8 or not a well-formed request
     * @throws UncheckedIOException if the stream cannot be read
     */
    public MlaRequest readRequest(InputStream json) {
        Objects.requireNonNull(json, "json");
        return readRequest(DocumentReader.slurpUtf8(json));
    }

    /**
     * Writes a request.
     *
     * @param request the request
     * @return the pretty-printed document, with {@code \n} line ends
     */
    public String writeRequest(MlaRequest request) {
        Objects.requireNonNull(request, "request");
        return write(request, "request");
    }

    /**
     * Writes a request to a character stream, which is flushed but not closed.
     *
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void writeRequest(MlaRequest request, Writer out) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(out, "out");
        try {
            writing.writer().writeValue(out, request);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the request", e);
        }
    }

    /**
     * Writes a request's case: its state, version and whole history, each entry chained to the one before by its
     * SHA-256 hash, in the case format, version {@value #CASE_SCHEMA_VERSION}; not sealed.
     *
     * @param requestCase the case
     * @return the pretty-printed document, with {@code \n} line ends
     */
    public String writeCase(RequestCase requestCase) {
        Objects.requireNonNull(requestCase, "requestCase");
        return write(requestCase, "case");
    }

    /**
     * Reads a case written by {@link #writeCase(RequestCase)}, in format version 3, 2 or 1: as
     * {@link #readCaseDocument(String)}, returning the case only. Use {@link #readCaseDocument} to learn whether the
     * document carried a hash chain and whether every guard was re-checked.
     *
     * @param json the document
     * @return the case
     * @throws MlaJsonException if the document is malformed, its chain is broken, or it is inconsistent with its history
     */
    public RequestCase readCase(String json) {
        return readCaseDocument(json).requestCase();
    }

    /**
     * Reads a case from a character stream, which is read to its end but not closed: as {@link #readCase(String)}.
     *
     * @throws MlaJsonException if the document is malformed (with line and column), its chain is broken, or it is
     *     inconsistent with its history
     * @throws UncheckedIOException if the stream cannot be read
     */
    public RequestCase readCase(Reader json) {
        return readCase(DocumentReader.slurp(Objects.requireNonNull(json, "json")));
    }

    /**
     * Reads a case from a UTF-8 byte stream, which is read to its end but not closed: as {@link #readCase(String)}.
     *
     * @throws MlaJsonException if the document is not valid UTF-8 or malformed (with line and column), its chain is
     *     broken, or it is inconsistent with its history
     * @throws UncheckedIOException if the stream cannot be read
     */
    public RequestCase readCase(InputStream json) {
        return readCase(DocumentReader.slurpUtf8(Objects.requireNonNull(json, "json")));
    }

    /**
     * Reads a case from a UTF-8 file: as {@link #readCase(String)}.
     *
     * @throws MlaJsonException if the document is not valid UTF-8 or malformed (with line and column), its chain is
     *     broken, or it is inconsistent with its history
     * @throws UncheckedIOException if the file cannot be read
     */
    public RequestCase readCase(Path json) {
        return readCaseDocument(json).requestCase();
    }

    /**
     * Reads a case document from a UTF-8 file: as {@link #readCaseDocument(String)}.
     *
     * @throws MlaJsonException if the document is not valid UTF-8 or malformed (with line and column), its chain is
     *     broken, or its history is not one the lifecycle could have written
     * @throws UncheckedIOException if the file cannot be read
     */
    public CaseDocument readCaseDocument(Path json) {
        return readCaseDocument(DocumentReader.slurpUtf8(json));
    }

    /**
     * Writes a request's case, sealed with the host's key (see {@link CaseSeal} and docs/json-format.md).
     *
     * @param requestCase the case
     * @param seal the host's key
     * @return the pretty-printed document, with {@code \n} line ends
     */
    public String writeCase(RequestCase requestCase, CaseSeal seal) {
        Objects.requireNonNull(requestCase, "requestCase");
        Objects.requireNonNull(seal, "seal");
        return CaseDocuments.write(writing.writer(), requestCase, seal);
    }

    /**
     * Reads a case document of format version 3, 2 or 1 and says what its integrity rests on: a version 2 or 3
     * document's hash chain is checked (its seal, if any, is not: use {@link #readCaseDocument(String, CaseSeal)}); a
     * version 1 document carries no chain, which the result states ({@link CaseDocument.Integrity#NO_CHAIN}); a
     * version 1 or 2 document carries no {@link org.openmla.core.lifecycle.DecisionFacts}, so the guards that read
     * them were not re-checked ({@link CaseDocument#guardsNotRechecked()}).
     *
     * @param json the document
     * @return the case and its integrity
     * @throws MlaJsonException if the document is malformed, its chain is broken, or its history is not one the
     *     lifecycle could have written
     */
    public CaseDocument readCaseDocument(String json) {
        Objects.requireNonNull(json, "json");
        return CaseDocuments.read(reader, json, Optional.empty());
    }

    /**
     * Reads a sealed case document: as {@link #readCaseDocument(String)}, and the document must carry a seal made
     * with this key over its current content.
     *
     * @throws MlaJsonException also if the seal is missing, names another key or does not verify
     */
    public CaseDocument readCaseDocument(String json, CaseSeal seal) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(seal, "seal");
        return CaseDocuments.read(reader, json, Optional.of(seal));
    }

    /**
     * Writes a decision in the decision format, version 1 (see {@code docs/json-format.md}).
     *
     * @param decision the decision
     * @return the pretty-printed document, with {@code \n} line ends
     */
    public String writeDecision(Decision decision) {
        Objects.requireNonNull(decision, "decision");
        return write(decision, "decision");
    }

    /**
     * Returns a copy of the configured mapper, with {@link MlaJsonModule} registered, for hosts that embed the model
     * in their own documents. Changing the copy does not change this instance.
     *
     * @return a new mapper
     */
    public ObjectMapper objectMapper() {
        return writing.mapper().copy();
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the format, as shipped in this library.
     *
     * @return the schema document
     */
    public static String jsonSchema() {
        return Schemas.text(SCHEMA_RESOURCE);
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the decision format written by {@link #writeDecision(Decision)}.
     *
     * @return the schema document
     */
    public static String decisionJsonSchema() {
        return Schemas.text("mla-decision-v1.schema.json");
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the case format, version 3, written by {@link #writeCase(RequestCase)}.
     * It describes the shape only; reading also checks the hash chain, the seal and the history.
     *
     * @return the schema document
     */
    public static String caseJsonSchema() {
        return Schemas.text("mla-case-v3.schema.json");
    }

    private String write(Object value, String what) {
        try {
            return writing.writer().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + what, e);
        }
    }
}
