package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Edits a JSON document by JSON Pointer, for tests that break one thing at a time. */
final class JsonEdits {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonEdits() {}

    /** @return the document without the value at {@code pointer} */
    static String without(String json, String pointer) {
        JsonNode root = tree(json);
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = root.at(p.head());
        if (parent instanceof ObjectNode o) {
            if (o.remove(p.last().getMatchingProperty()) == null) {
                throw new IllegalArgumentException("nothing at " + pointer);
            }
        } else if (parent instanceof ArrayNode a) {
            a.remove(p.last().getMatchingIndex());
        } else {
            throw new IllegalArgumentException("nothing at " + pointer);
        }
        return root.toPrettyString();
    }

    /** @return the document with {@code rawJson} at {@code pointer}, replacing or adding a property or element */
    static String with(String json, String pointer, String rawJson) {
        JsonNode root = tree(json);
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = root.at(p.head());
        JsonNode value = tree(rawJson);
        if (parent instanceof ObjectNode o) {
            o.set(p.last().getMatchingProperty(), value);
        } else if (parent instanceof ArrayNode a) {
            int index = p.last().getMatchingIndex();
            if (index < a.size()) {
                a.set(index, value);
            } else {
                a.add(value);
            }
        } else {
            throw new IllegalArgumentException("no container at " + pointer);
        }
        return root.toPrettyString();
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
