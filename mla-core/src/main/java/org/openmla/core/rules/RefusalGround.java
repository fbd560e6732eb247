package org.openmla.core.rules;

import java.util.regex.Pattern;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;

/**
 * A ground on which a request might be refused, by id, independent of any instrument. Rules of kind
 * {@link RuleKind#MANDATORY_REFUSAL}, {@link RuleKind#DISCRETIONARY_REFUSAL} and {@link RuleKind#NOT_A_GROUND}
 * say which ground they concern, so the engine can answer whether an officer's proposed ground is permitted.
 * Common grounds are in {@link StandardGrounds}.
 *
 * @param id upper-case id, e.g. {@code BANK_SECRECY}
 * @param description the ground in words
 */
public record RefusalGround(String id, String description) {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,79}");

    /** @throws InvalidValueException if the id is malformed or the description blank */
    public RefusalGround {
        Checks.required(id, "RefusalGround.id");
        if (!ID.matcher(id).matches()) {
            throw new InvalidValueException("RefusalGround.id", "must match " + ID.pattern());
        }
        Checks.text(description, "RefusalGround.description", 1000);
    }

    /** @return a ground */
    public static RefusalGround of(String id, String description) {
        return new RefusalGround(id, description);
    }

    @Override
    public String toString() {
        return id;
    }
}
