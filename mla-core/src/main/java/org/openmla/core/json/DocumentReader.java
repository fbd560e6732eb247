package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openmla.core.model.MlaRequest;

/**
 * Reads a request document: the text within the length limit, then a tree within the parser's limits, then the
 * binding; on failure, the problems are located in the text. Thread-safe: holds only a configured mapper.
 */
final class DocumentReader {
    private final ObjectMapper mapper;
    private final CollectionLimits limits;

    DocumentReader(ObjectMapper mapper) {
        this(mapper, CollectionLimits.defaults());
    }

    DocumentReader(ObjectMapper mapper, CollectionLimits limits) {
        this.mapper = mapper;
        this.limits = limits;
    }

    /** @return a reader with the same mapper and other collection limits */
    DocumentReader withLimits(CollectionLimits other) {
        return new DocumentReader(mapper, other);
    }

    /** Reads a document; the parser enforces the length limit, so that the problem has a location. */
    MlaRequest read(String text) {
        return read(text, RequestBinders::request);
    }

    /** Reads a document of any of the library's formats, with the same limits and error reporting. */
    <T> T read(String text, Binder<T> root) {
        String document = text.startsWith("\uFEFF") ? text.substring(1) : text;
        JsonNode tree = parse(document);
        // The constructors check every constraint the annotations state (a test keeps the two in agreement), so a
        // document they accept is valid. Bean Validation runs only for a document with a problem, to report every
        // violation rather than the first a constructor meets: a valid document never starts Hibernate Validator.
        BindingContext context = new BindingContext(ValueConstraints.NONE);
        Optional<T> value = root.bind(tree, JsonPointer.empty(), context);
        if (context.hasProblems()) {
            context = new BindingContext(ValueConstraints.shared());
            value = root.bind(tree, JsonPointer.empty(), context);
        }
        if (context.hasProblems()) {
            List<JsonProblem> located = new ArrayList<>(locate(document, context.problems()));
            if (context.omitted() > 0) {
                located.add(new JsonProblem("", context.omitted() + " further problems not listed", -1, -1)); // last, whatever its place
            }
            throw new MlaJsonException(located);
        }
        return value.orElseThrow();
    }

    /** Decodes all of a UTF-8 file: as {@link #slurpUtf8(InputStream)}; a file that cannot be opened is an {@link UncheckedIOException}. */
    static String slurpUtf8(Path file) {
        Objects.requireNonNull(file, "json");
        try (InputStream in = Files.newInputStream(file)) {
            return slurpUtf8(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JSON document", e);
        }
    }

    /**
     * Decodes all of a UTF-8 byte stream, failing as soon as the text passes the length limit or a byte sequence is
     * not UTF-8; either failure is located at the line and column where it happens.
     */
    static String slurpUtf8(InputStream in) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder text = new StringBuilder();
        ByteBuffer bytes = ByteBuffer.allocate(8192);
        CharBuffer chars = CharBuffer.allocate(8192);
        try {
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                if (end && !result.isError()) {
                    result = decoder.flush(chars);
                }
                chars.flip();
                text.append(chars);
                chars.clear();
                if (result.isError()) {
                    int[] at = position(text, text.length());
                    throw new MlaJsonException(List.of(new JsonProblem("", "document is not valid UTF-8", at[0], at[1])));
                }
                if (text.length() > MlaJson.MAX_DOCUMENT_CHARS) {
                    throw tooLong(text);
                }
                bytes.compact();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JSON document", e);
        }
        return text.toString();
    }

    /** Reads all of {@code reader}, failing as soon as the text passes the length limit. */
    static String slurp(Reader reader) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            int n;
            while ((n = reader.read(buffer)) != -1) {
                text.append(buffer, 0, n);
                if (text.length() > MlaJson.MAX_DOCUMENT_CHARS) {
                    throw tooLong(text);
                }
            }
        } catch (CharacterCodingException e) {
            int[] at = position(text, text.length());
            throw new MlaJsonException(List.of(new JsonProblem("", "document is not valid UTF-8", at[0], at[1])));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JSON document", e);
        }
        return text.toString();
    }

    private JsonNode parse(String document) {
        checkCollections(document);
        try (JsonParser parser = mapper.createParser(document)) {
            try {
                JsonNode tree = mapper.readTree(parser);
                if (tree == null) {
                    throw new MlaJsonException(List.of(new JsonProblem("", "document is empty", 1, 1)));
                }
                return tree; // the mapper fails on trailing tokens
            } catch (JsonProcessingException e) {
                throw new MlaJsonException(List.of(SyntaxErrors.problem(e, parser)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JSON document", e);
        }
    }

    /**
     * Streams through the document once, counting the elements of every array against {@link CollectionLimits},
     * before a tree is built. A syntax or limit error stops the count; parsing the tree reports it with its location.
     */
    private void checkCollections(String document) {
        int smallest = limits.smallest();
        try (JsonParser parser = mapper.createParser(document)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT || token == JsonToken.FIELD_NAME) {
                    continue;
                }
                JsonStreamContext context = token.isStructStart() ? parser.getParsingContext().getParent() : parser.getParsingContext();
                if (context == null || !context.inArray() || context.getCurrentIndex() < smallest) {
                    continue;
                }
                String array = context.getParent() == null || context.getParent().inRoot() ? "" : context.getParent().pathAsPointer().toString();
                CollectionLimits.Limit limit = limits.of(array.replaceAll("/\\d+(?=/|$)", "/*"));
                if (context.getCurrentIndex() >= limit.max()) {
                    JsonLocation at = parser.currentTokenLocation();
                    throw new MlaJsonException(List.of(new JsonProblem(array, "the document is too large: more than " + limit.max()
                            + " elements (the limit of " + limit.name() + ", set by the host with MlaJson.withLimits)", at.getLineNr(),
                            at.getColumnNr())));
                }
            }
        } catch (JsonProcessingException e) {
            // a syntax or reading-limit error: the tree parse reports it, located
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JSON document", e);
        }
    }

    private List<JsonProblem> locate(String document, List<PendingProblem> pending) {
        Map<JsonPointer, JsonLocation> located = PointerLocator.locate(mapper.getFactory(), document,
                pending.stream().map(PendingProblem::pointer).toList());
        return pending.stream()
                .map(p -> {
                    JsonLocation at = located.get(p.pointer());
                    return new JsonProblem(p.pointer().toString(), p.message(),
                            at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr());
                })
                .sorted(Comparator.comparingInt(JsonProblem::line).thenComparingInt(JsonProblem::column)
                        .thenComparing(JsonProblem::pointer))
                .toList();
    }

    private static MlaJsonException tooLong(CharSequence text) {
        int[] at = position(text, MlaJson.MAX_DOCUMENT_CHARS);
        return new MlaJsonException(List.of(new JsonProblem("",
                "document is longer than the limit of " + MlaJson.MAX_DOCUMENT_CHARS + " characters", at[0], at[1])));
    }

    /** @return the 1-based line and column of the character at {@code index} (just past the end if it is the length) */
    private static int[] position(CharSequence text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, index - lineStart + 1};
    }
}
