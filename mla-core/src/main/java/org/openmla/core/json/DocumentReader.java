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
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
        BindingContext context = new BindingContext(ValueConstraints.shared());
        Optional<T> value = root.bind(tree, JsonPointer.empty(), context);
        if (context.hasProblems()) {
            throw new MlaJsonException(locate(document, context.problems()));
        }
        return value.orElseThrow();
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
                    throw tooLong();
                }
            }
        } catch (CharacterCodingException e) {
            throw new MlaJsonException(List.of(new JsonProblem("", "document is not valid UTF-8", -1, -1)));
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

    private static MlaJsonException tooLong() {
        return new MlaJsonException(List.of(new JsonProblem("",
                "document is longer than the limit of " + MlaJson.MAX_DOCUMENT_CHARS + " characters", -1, -1)));
    }
}
