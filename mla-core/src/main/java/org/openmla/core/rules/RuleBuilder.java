package org.openmla.core.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;

/**
 * Builds a {@link Rule}: start with {@link Rule#builder(String, String)}, choose the kind (one of {@link #scope()} to
 * {@link #deadline(DeadlineSpec)}), state it and give its condition. An exception to another rule has its own builder,
 * {@link Rule#exception(String, String)}. Not thread-safe.
 */
public final class RuleBuilder {
    private static final Pattern ID = Pattern.compile(Rule.ID_PATTERN);

    final String id;
    final Citation citation;
    RuleKind kind;
    String statement;
    Condition appliesWhen = Conditions.always();
    Condition when;
    boolean perMeasure;
    RefusalGround ground;
    String exceptionTo;
    ExceptionEffect exceptionEffect = ExceptionEffect.DISAPPLY;
    LocalDate effectiveFrom;
    LocalDate effectiveUntil;
    DeadlineSpec deadline;
    Caveat caveat;
    boolean appliesWhenSet;

    RuleBuilder(String id, Citation citation) {
        Checks.required(id, "Rule.id");
        if (!ID.matcher(id).matches()) {
            throw new InvalidValueException("Rule.id", "must match " + Rule.ID_PATTERN + " (was '" + id + "')");
        }
        this.id = id;
        this.citation = citation;
    }

    RuleBuilder kind(RuleKind kind) {
        if (this.kind != null) {
            throw new InvalidValueException("Rule.kind (rule " + id + ")", "is already " + this.kind);
        }
        this.kind = kind;
        return this;
    }

    /** The instrument covers the request when the condition holds. @return this builder */
    public RuleBuilder scope() {
        return kind(RuleKind.SCOPE);
    }

    /** The request must meet the condition, else it is deficient. @return this builder */
    public RuleBuilder formalRequirement() {
        return kind(RuleKind.FORMAL_REQUIREMENT);
    }

    /** The order goes back to its issuer when the condition holds. @return this builder */
    public RuleBuilder returnToIssuer() {
        return kind(RuleKind.RETURN_TO_ISSUER);
    }

    /** The request must be refused on this ground when the condition holds. @return this builder */
    public RuleBuilder mandatoryRefusal(RefusalGround ground) {
        this.ground = Objects.requireNonNull(ground, "ground");
        return kind(RuleKind.MANDATORY_REFUSAL);
    }

    /** The request may be refused on this ground when the condition holds. @return this builder */
    public RuleBuilder discretionaryRefusal(RefusalGround ground) {
        this.ground = Objects.requireNonNull(ground, "ground");
        return kind(RuleKind.DISCRETIONARY_REFUSAL);
    }

    /** The instrument forbids refusal on this ground; the condition says when the situation arises. @return this builder */
    public RuleBuilder notAGround(RefusalGround ground) {
        this.ground = Objects.requireNonNull(ground, "ground");
        return kind(RuleKind.NOT_A_GROUND);
    }

    /** Execution may be postponed when the condition holds. @return this builder */
    public RuleBuilder postponement() {
        return kind(RuleKind.POSTPONEMENT);
    }

    /** The assistance is subject to a condition (stated in the statement) when the condition holds. @return this builder */
    public RuleBuilder condition() {
        return kind(RuleKind.CONDITION);
    }

    /** Consultation is required before refusing or postponing when the condition holds. @return this builder */
    public RuleBuilder consultation() {
        return kind(RuleKind.CONSULTATION);
    }

    /** The measure can be executed only if the condition holds; use with {@link #perMeasure()}. @return this builder */
    public RuleBuilder precondition() {
        return kind(RuleKind.PRECONDITION);
    }

    /** The deadline runs when the condition holds. @return this builder */
    public RuleBuilder deadline(DeadlineSpec deadline) {
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        return kind(RuleKind.DEADLINE);
    }

    /** @return this builder */
    public RuleBuilder statement(String statement) {
        this.statement = statement;
        return this;
    }

    /** Sets the question the kind asks. @return this builder */
    public RuleBuilder when(Condition when) {
        this.when = Objects.requireNonNull(when, "when");
        return this;
    }

    /** Sets when the rule is in play; by default always. @return this builder */
    public RuleBuilder appliesWhen(Condition appliesWhen) {
        this.appliesWhen = Objects.requireNonNull(appliesWhen, "appliesWhen");
        this.appliesWhenSet = true;
        return this;
    }

    /** Evaluates the rule once per measure. @return this builder */
    public RuleBuilder perMeasure() {
        this.perMeasure = true;
        return this;
    }

    /** Limits the rule to dates on or after {@code from}. @return this builder */
    public RuleBuilder effectiveFrom(LocalDate from) {
        this.effectiveFrom = from;
        return this;
    }

    /** Limits the rule to dates on or before {@code until}. @return this builder */
    public RuleBuilder effectiveUntil(LocalDate until) {
        this.effectiveUntil = until;
        return this;
    }

    /** Records a caveat, e.g. that the source is unverified. @return this builder */
    public RuleBuilder caveat(Caveat caveat) {
        this.caveat = Objects.requireNonNull(caveat, "caveat");
        return this;
    }

    /** Records a caveat of the kind, e.g. {@code caveat(Caveat.Kind.UNVERIFIED, "art. 11 was not re-read")}. @return this builder */
    public RuleBuilder caveat(Caveat.Kind kind, String text) {
        return caveat(new Caveat(kind, text));
    }

    /**
     * Builds the rule.
     *
     * @return the rule
     * @throws InvalidValueException if the kind, statement or condition is missing or inconsistent
     */
    public Rule build() {
        return new Rule(this);
    }
}
