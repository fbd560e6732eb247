package org.openmla.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.openmla.core.InvalidValueException;
import org.openmla.core.model.Jurisdiction;
import org.openmla.core.model.LanguageCode;
import org.openmla.core.engine.StateProfile;

/**
 * Reads the {@code --state-profile} file:
 * <pre>{@code
 * {"profiles": [{"state": "CH", "declarations": ["ETS30.ART5.1.a"], "languages": ["en", "fr"]}]}
 * }</pre>
 * Strictly: unknown properties, duplicate States and values of the wrong kind are errors that name the field.
 */
final class StateProfiles {
    private StateProfiles() {}

    static Map<Jurisdiction, StateProfile> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("--state-profile: no such file: " + file);
        }
        JsonNode root;
        try {
            root = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new BadInputException("--state-profile " + file + ": not well-formed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new BadInputException("--state-profile " + file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        String where = "--state-profile " + file + ": ";
        if (root == null || !root.isObject()) {
            throw new BadInputException(where + "must be a JSON object with \"profiles\"");
        }
        only(root, where, "", Set.of("profiles"));
        JsonNode profiles = root.get("profiles");
        if (profiles == null || !profiles.isArray()) {
            throw new BadInputException(where + "/profiles must be an array");
        }
        Map<Jurisdiction, StateProfile> out = new LinkedHashMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            String at = "/profiles/" + i;
            JsonNode p = profiles.get(i);
            if (!p.isObject()) {
                throw new BadInputException(where + at + " must be an object");
            }
            only(p, where, at, Set.of("state", "declarations", "languages"));
            JsonNode state = p.get("state");
            if (state == null || !state.isTextual()) {
                throw new BadInputException(where + at + "/state is required: an ISO 3166-1 code");
            }
            try {
                Jurisdiction j = Jurisdiction.of(state.asText());
                Set<String> declarations = new LinkedHashSet<>(strings(p, "declarations", where, at));
                Set<LanguageCode> languages = new LinkedHashSet<>();
                for (String code : strings(p, "languages", where, at)) {
                    languages.add(LanguageCode.of(code));
                }
                if (out.put(j, new StateProfile(j, declarations, languages)) != null) {
                    throw new BadInputException(where + at + "/state: names a State that has a profile already");
                }
            } catch (InvalidValueException e) {
                throw new BadInputException(where + at + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static void only(JsonNode node, String where, String at, Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new BadInputException(where + at + ": has a property that is not allowed here (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static java.util.List<String> strings(JsonNode p, String field, String where, String at) {
        JsonNode n = p.get(field);
        if (n == null) {
            return java.util.List.of();
        }
        if (!n.isArray()) {
            throw new BadInputException(where + at + "/" + field + " must be an array of strings");
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            if (!n.get(i).isTextual()) {
                throw new BadInputException(where + at + "/" + field + "/" + i + " must be a string");
            }
            out.add(n.get(i).asText());
        }
        return out;
    }
}
