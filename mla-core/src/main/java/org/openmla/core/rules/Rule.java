package org.openmla.core.rules;

import java.util.Objects;
import java.time.LocalDate;
import java.util.Optional;
import org.openmla.core.InvalidValueException;
import org.openmla.core.internal.Checks;

/**
 * One rule of a pack: a stable id, the article it encodes, its kind, a short statement in plain words and a
 * condition. Immutable and thread-safe (its conditions must be too).
 *
 * <p>Build with {@link #builder(String, String)}:
 *
 * <pre>{@code
 * Rule.builder("untoc.18.21.b", "UNTOC art. 18(21)(b)")
 *     .discretionaryRefusal(StandardGrounds.ESSENTIAL_INTERESTS)
 *     .statement("Assistance may be refused if execution is likely to prejudice sovereignty, security, ordre public or other essential interests.")
 *     .when(assessed(StandardAssessments.ESSENTIAL_INTERESTS))
 *     .build();
 * }</pre>
 *
 * <p>A rule is evaluated once for the request, or once per measure ({@link RuleBuilder#perMeasure()}). Its
 * {@code appliesWhen} condition says whether the rule is in play at all (e.g. only where no other treaty binds the
 * States); its {@code when} condition is the question its {@link RuleKind} asks. A not-a-ground rule has no
 * {@code appliesWhen}: its {@code when} is the situation in which the instrument forbids the ground. An exception to
 * another rule of the pack is built with {@link #exception(String, String)}.
 */
public final class Rule {

    /** Rule ids: lower-case letters, digits, '.', '_' and '-', starting with a letter, at most 100 characters. */
    public static final String ID_PATTERN = "[a-z][a-z0-9._-]{0,99}";

    private final String id;
    private final Citation citation;
    private final RuleKind kind;
    private final String statement;
    private final Condition appliesWhen;
    private final Condition when;
    private final boolean perMeasure;
    private final Optional<RefusalGround> ground;
    private final Optional<String> exceptionTo;
    private final ExceptionEffect exceptionEffect;
    private final Optional<LocalDate> effectiveFrom;
    private final Optional<LocalDate> effectiveUntil;
    private final Optional<DeadlineSpec> deadline;
    private final Optional<Caveat> caveat;

    Rule(RuleBuilder b) {
        this.id = b.id.intern(); // one String per rule id: the engine compares ids by identity
        this.citation = b.citation;
        this.kind = Checks.required(b.kind, "Rule.kind (rule " + b.id + ")");
        this.statement = Checks.text(b.statement, "Rule.statement (rule " + b.id + ")", 2000);
        this.appliesWhen = b.appliesWhen;
        this.when = Checks.required(b.when, "Rule.when (rule " + b.id + ")");
        this.perMeasure = b.perMeasure;
        this.ground = Optional.ofNullable(b.ground);
        this.exceptionTo = Optional.ofNullable(b.exceptionTo);
        this.exceptionEffect = b.exceptionEffect;
        this.effectiveFrom = Optional.ofNullable(b.effectiveFrom);
        this.effectiveUntil = Optional.ofNullable(b.effectiveUntil);
        this.deadline = Optional.ofNullable(b.deadline);
        this.caveat = Optional.ofNullable(b.caveat);
        if (ground.isPresent() && !(kind.isRefusal() || kind == RuleKind.NOT_A_GROUND)) {
            throw new InvalidValueException("Rule.ground (rule " + id + ")", "only refusal and not-a-ground rules name a ground");
        }
        if (ground.isEmpty() && (kind.isRefusal() || kind == RuleKind.NOT_A_GROUND)) {
            throw new InvalidValueException("Rule.ground (rule " + id + ")", "a " + kind + " rule must name its ground");
        }
        if ((kind == RuleKind.DEADLINE) != deadline.isPresent()) {
            throw new InvalidValueException("Rule.deadline (rule " + id + ")", "a DEADLINE rule, and only one, declares a deadline");
        }
        if (effectiveFrom.isPresent() && effectiveUntil.isPresent() && effectiveUntil.get().isBefore(effectiveFrom.get())) {
            throw new InvalidValueException("Rule.effectiveUntil (rule " + id + ")", "must not be before effectiveFrom");
        }
        if (exceptionTo.isPresent() && exceptionTo.get().equals(id)) {
            throw new InvalidValueException("Rule.exceptionTo (rule " + id + ")", "a rule cannot be an exception to itself");
        }
        if (kind == RuleKind.NOT_A_GROUND && b.appliesWhenSet) {
            throw new InvalidValueException("Rule.appliesWhen (rule " + id + ")", "a not-a-ground rule states the situation in which the "
                    + "instrument forbids the ground in when() only, so that TRUE always means the situation arises");
        }
    }

    /**
     * Starts a rule.
     *
     * @param id the stable id, e.g. {@code untoc.18.21.b}; see {@link #ID_PATTERN}
     * @param citation the article, in the form {@code UNTOC art. 18(21)(b)}
     * @return the builder
     * @throws InvalidValueException if the id or citation is malformed
     */
    public static RuleBuilder builder(String id, String citation) {
        return new RuleBuilder(id, Citation.parse(citation));
    }

    /**
     * Starts a rule.
     *
     * @param id the stable id
     * @param citation the article
     * @return the builder
     */
    public static RuleBuilder builder(String id, Citation citation) {
        return new RuleBuilder(id, Objects.requireNonNull(citation, "citation"));
    }

    /**
     * Starts an exception to another rule of the pack: a rule of kind {@link RuleKind#EXCEPTION} whose condition says
     * when it applies, and whose effect ({@link ExceptionBuilder#to(String, ExceptionEffect)}) is applied to that
     * rule's finding when it does.
     *
     * <pre>{@code
     * Rule.exception("eaw.2.2", "EAW art. 2(2)").to("eaw.4.1", ExceptionEffect.DISAPPLY)
     *     .statement("Dual criminality is not verified for the listed offences punishable by at least three years.")
     *     .when(everyOffenceListedAndThreeYears("the list"))
     *     .build();
     * }</pre>
     *
     * @param id the stable id
     * @param citation the article, in the form {@code EAW art. 2(2)}
     * @return the builder
     * @throws InvalidValueException if the id or citation is malformed
     */
    public static ExceptionBuilder exception(String id, String citation) {
        return new ExceptionBuilder(new RuleBuilder(id, Citation.parse(citation)));
    }

    /** @return the stable id (interned: one {@code String} per id, so the engine may compare ids by identity) */
    public String id() {
        return id;
    }

    /** @return the article this rule encodes */
    public Citation citation() {
        return citation;
    }

    /** @return what the rule does */
    public RuleKind kind() {
        return kind;
    }

    /** @return the rule in plain words */
    public String statement() {
        return statement;
    }

    /** @return when the rule is in play at all */
    public Condition appliesWhen() {
        return appliesWhen;
    }

    /** @return the question the rule's kind asks */
    public Condition when() {
        return when;
    }

    /** @return whether the rule is evaluated once per measure */
    public boolean perMeasure() {
        return perMeasure;
    }

    /** @return the refusal ground a refusal or not-a-ground rule concerns */
    public Optional<RefusalGround> ground() {
        return ground;
    }

    /** @return the id of the rule this one is an exception to */
    public Optional<String> exceptionTo() {
        return exceptionTo;
    }

    /** @return what this exception does when it applies; {@link ExceptionEffect#DISAPPLY} for rules that are not exceptions */
    public ExceptionEffect exceptionEffect() {
        return exceptionEffect;
    }

    /** @return the first day the rule is in force, if limited */
    public Optional<LocalDate> effectiveFrom() {
        return effectiveFrom;
    }

    /** @return the last day the rule is in force, if limited */
    public Optional<LocalDate> effectiveUntil() {
        return effectiveUntil;
    }

    /** @return the deadline a DEADLINE rule declares */
    public Optional<DeadlineSpec> deadline() {
        return deadline;
    }

    /**
     * A caveat a reader should know, e.g. that the rule encodes an item the legal reference reports from general
     * knowledge and has not verified against a primary text.
     *
     * @return the caveat
     */
    public Optional<Caveat> caveat() {
        return caveat;
    }

    /** @return whether the rule is in force on the date */
    public boolean inForceOn(LocalDate date) {
        return (effectiveFrom.isEmpty() || !date.isBefore(effectiveFrom.get())) && (effectiveUntil.isEmpty() || !date.isAfter(effectiveUntil.get()));
    }

    @Override
    public String toString() {
        return "Rule[" + id + ", " + citation + ", " + kind + "]";
    }
}
