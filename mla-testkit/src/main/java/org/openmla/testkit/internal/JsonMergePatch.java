package org.openmla.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7396): an object patch changes the named members of the target, recursively; a {@code null}
 * member removes it; any other value (an array, a string) replaces the target.
 */
public final class JsonMergePatch {
    private JsonMergePatch() {}

    /**
     * @param target the document, left unchanged
     * @param patch the patch
     * @return the patched copy
     */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getValue().isNull()) {
                result.remove(f.getKey());
            } else {
                result.set(f.getKey(), apply(result.get(f.getKey()), f.getValue()));
            }
        }
        return result;
    }
}
