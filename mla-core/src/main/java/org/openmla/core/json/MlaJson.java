package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.openmla.core.internal.Dependencies;
import org.openmla.core.model.MlaRequest;
import org.openmla.core.lifecycle.RequestCase;
import org.openmla.core.rules.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes requests in the OpenMLA JSON format, version {@value #SCHEMA_VERSION}.
 *
 * <p><b>Reading</b> returns a complete {@link MlaRequest} or throws one {@link MlaJsonException} that lists every
 * problem of the document (syntax, limits, unknown or missing properties, wrong types, unknown codes, malformed
 * dates, violated constraints, cross-field rules) with its JSON Pointer, line and column. Nothing half-built is ever
 * returned. Limits: {@value #MAX_DOCUMENT_CHARS} characters, nesting depth {@value #MAX_NESTING_DEPTH}, strings of
 * {@value #MAX_STRING_LENGTH} characters, numbers of {@value #MAX_NUMBER_LENGTH} digits. Duplicate property names
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

    private final ObjectMapper mapper;
    private final ObjectWriter writer;
    private final DocumentReader reader;

    private MlaJson(ObjectMapper mapper) {
        this.mapper = mapper;
        this.writer = mapper.writer(prettyPrinter());
        this.reader = new DocumentReader(mapper);
    }

    /**
     * @return a reader and writer with the limits and features described above
     * @throws org.openmla.core.MlaException if jackson-core or jackson-databind is older than 2.16, or Hibernate
     *     Validator cannot start; the message names the artifact to add or upgrade
     */
    public static MlaJson create() {
        Dependencies.requireJackson();
        ValueConstraints.shared();
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxDocumentLength(MAX_DOCUMENT_CHARS)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        ObjectMapper mapper = JsonMapper.builder(factory)
                .addModule(new MlaJsonModule())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        return new MlaJson(mapper);
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
        Objects.requireNonNull(json, "json");
        try (Reader in = Files.newBufferedReader(json, StandardCharsets.UTF_8)) {
            return readRequest(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JSON document", e);
        }
    }

    /**
     * Reads a request from a UTF-8 byte stream, which is read to its end but not closed.
     *
     * @throws MlaJsonException if the document is not valid UTF-8 or not a well-formed request
     * @throws UncheckedIOException if the stream cannot be read
     */
    public MlaRequest readRequest(InputStream json) {
        Objects.requireNonNull(json, "json");
        return readRequest(new InputStreamReader(json, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /**
     * Writes a request.
     *
     * @param request the request
     * @return the pretty-printed document, with {@code \n} line ends
     */
    public String writeRequest(MlaRequest request) {
        Objects.requireNonNull(request, "request");
        try {
            return writer.writeValueAsString(request);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the request", e);
        }
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
            writer.writeValue(out, request);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the request", e);
        }
    }

    /**
     * Writes a request's case: its state, version and whole history, in the case format, version 1.
     *
     * @param requestCase the case
     * @return the pretty-printed document, with {@code \n} line ends
     */
    public String writeCase(RequestCase requestCase) {
        Objects.requireNonNull(requestCase, "requestCase");
        try {
            return writer.writeValueAsString(requestCase);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the case", e);
        }
    }

    /**
     * Reads a case written by {@link #writeCase(RequestCase)}. The history is replayed, and the stored state and
     * version must be the ones it produces.
     *
     * @param json the document
     * @return the case
     * @throws MlaJsonException if the document is malformed or inconsistent with its history
     */
    public RequestCase readCase(String json) {
        Objects.requireNonNull(json, "json");
        return reader.read(json, CaseJson.CASE_BINDER);
    }

    /**
     * Writes a decision in the decision format, version 1 (see {@code docs/json-format.md}).
     *
     * @param decision the decision
     * @return the pretty-printed document, with {@code \n} line ends
     */
    public String writeDecision(Decision decision) {
        Objects.requireNonNull(decision, "decision");
        try {
            return writer.writeValueAsString(decision);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the decision", e);
        }
    }

    /**
     * Returns a copy of the configured mapper, with {@link MlaJsonModule} registered, for hosts that embed the model
     * in their own documents. Changing the copy does not change this instance.
     *
     * @return a new mapper
     */
    public ObjectMapper objectMapper() {
        return mapper.copy();
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the format, as shipped in this library.
     *
     * @return the schema document
     */
    public static String jsonSchema() {
        return resource(SCHEMA_RESOURCE);
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the decision format written by {@link #writeDecision(Decision)}.
     *
     * @return the schema document
     */
    public static String decisionJsonSchema() {
        return resource("mla-decision-v1.schema.json");
    }

    private static String resource(String name) {
        try (InputStream in = MlaJson.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the mla-core jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
