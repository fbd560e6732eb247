package org.openmla.core.rules;

import java.util.Objects;
import java.time.LocalDate;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;

/**
 * Builds an exception ({@link RuleKind#EXCEPTION}) to another rule of the pack; start one with
 * {@link Rule#exception(String, String)}. An exception has no kind or ground of its own to get wrong: only the rule it
 * excepts, its effect and when it applies.
 * Not thread-safe.
 */
public final class ExceptionBuilder {
    private final RuleBuilder b;

    ExceptionBuilder(RuleBuilder b) {
        this.b = b;
        b.kind(RuleKind.EXCEPTION);
    }

    /**
     * Names the rule excepted and what the exception does to its finding when the exception applies.
     *
     * @param ruleId the rule excepted, of the same pack or one it extends
     * @param effect what happens to that rule's finding
     * @return this builder
     */
    public ExceptionBuilder to(String ruleId, ExceptionEffect effect) {
        b.exceptionTo = Objects.requireNonNull(ruleId, "ruleId");
        b.exceptionEffect = Objects.requireNonNull(effect, "effect");
        return this;
    }

    /** @return this builder */
    public ExceptionBuilder statement(String statement) {
        b.statement(statement);
        return this;
    }

    /** Sets when the exception applies. @return this builder */
    public ExceptionBuilder when(Condition when) {
        b.when(when);
        return this;
    }

    /**
     * Sets when the exception is in play at all (e.g. only between Parties to a protocol); by default always. Where it
     * is not in play its finding is NOT_APPLICABLE rather than FALSE; either way it changes nothing.
     *
     * @return this builder
     */
    public ExceptionBuilder appliesWhen(Condition appliesWhen) {
        b.appliesWhen(appliesWhen);
        return this;
    }

    /** Evaluates the exception once per measure; the rule excepted must be evaluated per measure too. @return this builder */
    public ExceptionBuilder perMeasure() {
        b.perMeasure();
        return this;
    }

    /** Limits the exception to dates on or after {@code from}. @return this builder */
    public ExceptionBuilder effectiveFrom(LocalDate from) {
        b.effectiveFrom(from);
        return this;
    }

    /** Limits the exception to dates on or before {@code until}. @return this builder */
    public ExceptionBuilder effectiveUntil(LocalDate until) {
        b.effectiveUntil(until);
        return this;
    }

    /** Records a caveat. @return this builder */
    public ExceptionBuilder caveat(Caveat caveat) {
        b.caveat(caveat);
        return this;
    }

    /** Records a caveat of the kind. @return this builder */
    public ExceptionBuilder caveat(Caveat.Kind kind, String text) {
        b.caveat(kind, text);
        return this;
    }

    /**
     * Builds the exception.
     *
     * @return the rule
     * @throws InvalidValueException if the rule excepted, the statement or the condition is missing
     */
    public Rule build() {
        if (b.exceptionTo == null) {
            throw new InvalidValueException("Rule.exceptionTo (rule " + b.id + ")", "an exception names the rule it excepts (to(ruleId, effect))");
        }
        return b.build();
    }
}
