package org.openmla.treaties.parties;

import java.util.List;
import java.util.regex.Pattern;
import org.openmla.core.InvalidValueException;
import org.openmla.core.rules.Citation;
import org.openmla.core.internal.Checks;

/**
 * A kind of declaration, reservation or notification a State may make under an instrument that changes how a rule
 * applies to it, e.g. "requests must reach this State through diplomatic channels" (UNTOC art. 18(13)).
 *
 * <p>The {@link #id()} is what {@link org.openmla.core.engine.StateProfile#declarations()} carries and what rules test
 * with {@link org.openmla.core.rules.Conditions#requestedStateDeclared(String)}; {@link #ruleIds()} names the rules
 * of the instrument's pack that read it, so that tests can check that every declaration changes a rule that exists.
 *
 * @param id upper-case id starting with the instrument id, e.g. {@code UNTOC.18.13.DIPLOMATIC_CHANNEL}
 * @param citation the article that allows the declaration
 * @param ruleIds the ids of the rules that read it; at least one
 * @param summary what the declaration says, in words
 */
public record DeclarationKind(String id, Citation citation, List<String> ruleIds, String summary) {

    /** Declaration ids: upper-case letters, digits, '_', '-' and '.', starting with a letter. */
    public static final String ID_PATTERN = "[A-Z][A-Z0-9_.-]{0,99}";
    private static final Pattern ID = Pattern.compile(ID_PATTERN);

    /** @throws InvalidValueException if a field is null, the id malformed or no rule is named */
    public DeclarationKind {
        checkId(id, "DeclarationKind.id");
        Checks.required(citation, "DeclarationKind.citation");
        ruleIds = Checks.textList(ruleIds, "DeclarationKind.ruleIds", 100);
        if (ruleIds.isEmpty()) {
            throw new InvalidValueException("DeclarationKind.ruleIds", "must name at least one rule (declaration " + id + ")");
        }
        Checks.text(summary, "DeclarationKind.summary", 2000);
    }

    static String checkId(String id, String field) {
        Checks.required(id, field);
        if (!ID.matcher(id).matches()) {
            throw new InvalidValueException(field, "must match " + ID_PATTERN + " (was '" + (id.length() > 60 ? id.substring(0, 60) + "..." : id) + "')");
        }
        return id;
    }
}
