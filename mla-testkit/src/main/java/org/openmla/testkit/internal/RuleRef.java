package org.openmla.testkit.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openmla.core.InvalidValueException;
import org.openmla.core.rules.Citation;
import org.openmla.core.rules.Rule;

/**
 * How a test names the rule an expectation is about: by a citation ({@code UNTOC art. 18(21)}, matching every rule
 * whose citation is it or falls within it) or by a rule id ({@code untoc.18.14.oral}, matching that rule only, for
 * when several rules share one citation). A text containing {@code " art. "} is a citation; anything else must be a
 * rule id.
 *
 * @param written the text as written, shown in messages
 * @param citation the citation, when the text is one
 * @param ruleId the rule id, when the text is one
 */
public record RuleRef(String written, Optional<Citation> citation, Optional<String> ruleId) {

    private static final Pattern RULE_ID = Pattern.compile(Rule.ID_PATTERN);

    /**
     * @param text a citation or a rule id
     * @return the reference
     * @throws InvalidValueException if the text is neither
     */
    public static RuleRef parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        if (t.contains(" art. ")) {
            Citation c = Citation.parse(t);
            return new RuleRef(c.toString(), Optional.of(c), Optional.empty());
        }
        if (!RULE_ID.matcher(t).matches()) {
            throw new InvalidValueException("rule", "must be a citation like 'UNTOC art. 18(21)(b)' or a rule id like 'untoc.18.21.b' (was '"
                    + (t.length() > 60 ? t.substring(0, 60) + "..." : t) + "')");
        }
        return new RuleRef(t, Optional.empty(), Optional.of(t));
    }

    /** @return whether the text names a rule by its id */
    public boolean isRuleId() {
        return ruleId.isPresent();
    }

    /**
     * @param ruleCitation the citation of a rule (of a finding, a condition, a deadline)
     * @param id the id of that rule
     * @return whether this reference names it
     */
    public boolean matches(Citation ruleCitation, String id) {
        return citation.map(ruleCitation::isWithin).orElseGet(() -> ruleId.orElseThrow().equals(id));
    }

    @Override
    public String toString() {
        return written;
    }
}
