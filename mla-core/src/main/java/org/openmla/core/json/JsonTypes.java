package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Names JSON value types for messages and reports type mismatches. */
final class JsonTypes {
    private JsonTypes() {}

    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT, POJO -> "an object";
            case ARRAY -> "an array";
            case STRING, BINARY -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case MISSING -> "nothing";
        };
    }

    /** Reports that {@code node} is not of the expected type; null gets its own message. */
    static <T> Optional<T> mismatch(JsonNode node, JsonPointer at, BindingContext context, String expected) {
        if (node.isNull()) {
            context.report(at, "must not be null (omit an optional property instead)");
        } else {
            context.report(at, "expected " + expected + ", found " + describe(node));
        }
        return Optional.empty();
    }
}
