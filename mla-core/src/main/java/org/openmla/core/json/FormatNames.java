package org.openmla.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The property names of the library's formats, taken from the shipped JSON Schemas: the names a message may repeat. */
final class FormatNames {
    private FormatNames() {}

    static final Set<String> ALL = load();

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        ObjectMapper plain = new ObjectMapper();
        for (String schema : new String[] {MlaJson.jsonSchema(), MlaJson.decisionJsonSchema(), MlaJson.caseJsonSchema()}) {
            try {
                collect(plain.readTree(schema), names);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(names);
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.fieldNames().forEachRemaining(names::add);
            }
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                collect(member.getValue(), names);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, names));
        }
    }
}
