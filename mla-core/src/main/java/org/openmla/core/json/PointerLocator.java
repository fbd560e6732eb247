package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds the line and column of JSON Pointers by re-reading a document with a streaming parser that tracks the
 * pointer of each value. Only used on the error path, on a document that has already parsed.
 */
final class PointerLocator {
    private PointerLocator() {}

    /**
     * @param factory a factory with the reading limits the document has already passed
     * @param document the document
     * @param pointers the pointers to locate
     * @return for each pointer, where its value starts or, for a pointer with no value (a missing property), where
     *     its nearest enclosing value starts; pointers that cannot be located are absent
     */
    static Map<JsonPointer, JsonLocation> locate(JsonFactory factory, String document, Collection<JsonPointer> pointers) {
        Set<String> wanted = new HashSet<>();
        for (JsonPointer p : pointers) {
            for (JsonPointer q = p; q != null; q = q.head()) {
                wanted.add(q.toString());
            }
        }
        Map<String, JsonLocation> found = scan(factory, document, wanted);
        Map<JsonPointer, JsonLocation> located = new HashMap<>();
        for (JsonPointer p : pointers) {
            for (JsonPointer q = p; q != null; q = q.head()) {
                JsonLocation location = found.get(q.toString());
                if (location != null) {
                    located.put(p, location);
                    break;
                }
            }
        }
        return located;
    }

    private static Map<String, JsonLocation> scan(JsonFactory factory, String document, Set<String> wanted) {
        Map<String, JsonLocation> found = new HashMap<>();
        try (JsonParser parser = factory.createParser(document)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                if (wanted.contains(pointer)) {
                    found.putIfAbsent(pointer, parser.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            // The document parsed once; if it somehow fails now, the problems keep what was located so far.
        }
        return found;
    }
}
