package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Jackson deserializer that reads the value as a tree and delegates to a {@link Binder}. Problems are reported with
 * pointers relative to the value and the line and column where the value starts: the precise position of each
 * problem needs the whole document, which {@link MlaJson} has and a deserializer does not. Immutable.
 */
final class ModelDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Binder<T> binder;

    ModelDeserializer(Class<T> type, Binder<T> binder) {
        super(type);
        this.binder = binder;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        JsonNode node;
        try {
            node = context.readTree(parser);
        } catch (StreamReadException e) {
            throw new MlaJsonException(List.of(SyntaxErrors.problem(e, parser))); // a syntax error or reading limit inside the value
        }
        BindingContext binding = new BindingContext(ValueConstraints.NONE); // Bean Validation only for a value with a problem
        Optional<T> value = binder.bind(node, JsonPointer.empty(), binding);
        if (binding.hasProblems()) {
            binding = new BindingContext(ValueConstraints.shared());
            value = binder.bind(node, JsonPointer.empty(), binding);
        }
        if (!binding.hasProblems()) {
            return value.orElseThrow();
        }
        List<JsonProblem> problems = new ArrayList<>(binding.problems().stream()
                .map(p -> new JsonProblem(p.pointer().toString(), p.message(), start.getLineNr(), start.getColumnNr()))
                .toList());
        if (binding.omitted() > 0) {
            problems.add(new JsonProblem("", binding.omitted() + " further problems not listed", -1, -1));
        }
        throw new MlaJsonException(problems);
    }

    /** A JSON null is never a model value. */
    @Override
    public T getNullValue(DeserializationContext context) {
        throw new MlaJsonException(List.of(new JsonProblem("", "must not be null", -1, -1)));
    }
}
