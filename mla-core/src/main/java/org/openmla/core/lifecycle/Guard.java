package org.openmla.core.lifecycle;

import java.util.Optional;
import org.openmla.core.rules.Citation;

/**
 * A condition a command must meet before its transition is made. Each guard has a stable id, a sentence saying what
 * it requires and, where a provision requires it, the citation. Which commands are guarded by which guards is in
 * {@link TransitionTable#guards(CommandType)}. A rejected command lists every guard it did not meet, each with the
 * particulars ({@link UnmetGuard}).
 */
public enum Guard {
    /** Time does not run backwards in a history. */
    HISTORY_IN_ORDER("history.in-order", "A transition is not recorded at an earlier time than the transition before it.", null),

    /** Acknowledgement is an event that happens once. */
    ACKNOWLEDGE_ONCE("acknowledge.once", "Receipt of a request is acknowledged once.", null),
    /** An arrest on the request is recorded once; the time limits run from the first. */
    ARREST_ONCE("arrest.once", "The arrest of the person sought is recorded once.", null),
    /** Consent to surrender is recorded once. */
    CONSENT_TO_SURRENDER_ONCE("consent-to-surrender.once", "The consent of the person sought to surrender is recorded once.", null),

    /** The decision must be the decision on this case's request. */
    DECISION_SAME_REQUEST("decision.same-request", "The decision is the engine's decision on this request (its request id is the case id).", null),
    /**
     * A decision the case has since replaced with a newer one may not be acted on again, unless it is recorded again
     * (RECORD_DECISION), which puts the change of mind in the history.
     */
    DECISION_NOT_SUPERSEDED("decision.not-superseded", "The decision acted on is the latest the case recorded, or a new one: not an "
            + "earlier decision the case has since replaced (record it again first if the facts are back to what they were).", null),
    /** An engine failure supports nothing. */
    DECISION_COMPLETE("decision.complete", "A refusal or postponement rests on a decision the engine completed (its outcome is not ENGINE_ERROR).", null),

    /** The outcome must allow acceptance. */
    ACCEPT_OUTCOME_ALLOWS("accept.outcome-allows", "A request is accepted only on a decision whose outcome is not ENGINE_ERROR, NOT_APPLICABLE, "
            + "RETURN_TO_ISSUER, DEFICIENT or MUST_REFUSE; where only some measures are accepted, the outcome of each of those measures.", null),
    /** No open question may bar acceptance. */
    ACCEPT_NO_OPEN_MANDATORY_QUESTION("accept.no-open-mandatory-question", "A request is not accepted while a question is open on a rule that "
            + "would bar acceptance: a mandatory ground for refusal or a precondition (and, failing closed, a scope, formal requirement or "
            + "return-to-issuer rule) that concerns the request or an accepted measure.", null),
    /** Measures accepted must exist. */
    ACCEPT_MEASURES_EXIST("accept.measures-exist", "The measures accepted are measures of the request the decision is on.", null),
    /** Accepting only some measures refuses the others, so reasons are due. */
    ACCEPT_PARTIAL_REASONS_GIVEN("accept.partial.reasons-given", "Where only some measures are accepted, reasons are given for refusing the others.",
            "UNTOC art. 18(23)"),
    /** Accepting only some measures refuses the others, so consultation is due where the decision requires it. */
    ACCEPT_PARTIAL_CONSULTED("accept.partial.consulted", "Where only some measures are accepted and the decision carries a duty to consult, "
            + "the consultation has been recorded first.", "UNTOC art. 18(26)"),

    /** Reasons for a refusal. */
    REFUSE_REASONS_GIVEN("refuse.reasons-given", "Reasons are given for a refusal.", "UNTOC art. 18(23)"),
    /** A refusal rests on grounds. */
    REFUSE_GROUNDS_CITED("refuse.grounds-cited", "A refusal cites at least one ground (a ground id or a rule id).", null),
    /** Grounds cited must be found or permitted. */
    REFUSE_GROUNDS_FOUND("refuse.grounds-found", "Each ground cited is one the decision found (an adverse mandatory, discretionary or precondition "
            + "finding, by ground id or rule id) or one the officer proposed and the engine answered PERMITTED.", null),
    /** Grounds the instrument forbids must not be cited. */
    REFUSE_NO_FORBIDDEN_GROUND("refuse.no-forbidden-ground", "No ground cited is one the instrument forbids: a not-a-ground rule that applies, "
            + "a ground an exception removes, or a proposal the engine answered FORBIDDEN.", null),
    /** A whole refusal needs grounds for every measure; grounds for some measures support a partial acceptance. */
    REFUSE_GROUNDS_COVER_EVERY_MEASURE("refuse.grounds-cover-every-measure", "The grounds cited hold for the whole request, or together "
            + "for every measure; where they hold for some measures only, accept the others (ACCEPT with measures) instead of refusing all.", null),
    /** Consultation before refusal. */
    REFUSE_CONSULTED("refuse.consulted", "Where the decision carries a duty to consult, the consultation has been recorded before refusing.",
            "UNTOC art. 18(26)"),

    /** Reasons for a postponement. */
    POSTPONE_REASONS_GIVEN("postpone.reasons-given", "Reasons are given for a postponement.", null),
    /** Postponement needs a ground. */
    POSTPONE_GROUND_FOUND("postpone.ground-found", "A request is postponed only where the decision found a ground for postponement "
            + "(a postponement finding that is TRUE).", "UNTOC art. 18(25)"),
    /** Consultation before postponement. */
    POSTPONE_CONSULTED("postpone.consulted", "Where the decision carries a duty to consult, the consultation has been recorded before postponing.",
            "UNTOC art. 18(26)"),

    /** Partial execution names measures. */
    EXECUTION_MEASURES_NAMED("execution.measures-named", "A partial execution names the measures executed.", null),
    /** Only accepted measures are executed. */
    EXECUTION_MEASURES_ACCEPTED("execution.measures-accepted", "Only accepted measures are executed.", null),
    /** A measure is executed once. */
    EXECUTION_MEASURES_NOT_YET_EXECUTED("execution.measures-not-yet-executed", "A measure is recorded as executed once.", null),
    /** Partial means some remain. */
    EXECUTION_PARTIAL_LEAVES_SOME("execution.partial-leaves-some", "A partial execution leaves at least one accepted measure to execute; "
            + "the last ones are recorded with COMPLETE_EXECUTION.", null),

    /** Closing with measures unexecuted needs reasons. */
    CLOSE_UNEXECUTED_REASONS_GIVEN("close.unexecuted.reasons-given", "A case closed with accepted measures not executed, other than after a refusal or withdrawal, states the reasons.", null),

    /** The deadline must exist. */
    EXTENSION_DEADLINE_KNOWN("extension.deadline-known", "The deadline extended is one that runs for the case (by its rule id).", null),
    /** Only open deadlines are extended. */
    EXTENSION_DEADLINE_OPEN("extension.deadline-open", "A deadline already met or lapsed is not extended.", null),
    /** The pack must allow an extension. */
    EXTENSION_ALLOWED("extension.allowed", "A deadline is extended only where the pack declares a maximum extension for it.", null),
    /** Extensions are counted in the unit of the maximum. */
    EXTENSION_SAME_UNIT("extension.same-unit", "An extension is expressed in the unit of the maximum extension, so that the two compare exactly.", null),
    /** The total extension is capped. */
    EXTENSION_WITHIN_MAXIMUM("extension.within-maximum", "All extensions of a deadline together do not exceed its maximum extension.", null),
    /** Reasons for an extension. */
    EXTENSION_REASONS_GIVEN("extension.reasons-given", "Reasons are given for extending a deadline.", null);

    private final String id;
    private final String sentence;
    private final Optional<Citation> citation;

    Guard(String id, String sentence, String citation) {
        this.id = id;
        this.sentence = sentence;
        this.citation = Optional.ofNullable(citation).map(Citation::parse);
    }

    /** @return the stable id, e.g. {@code refuse.reasons-given} */
    public String id() {
        return id;
    }

    /** @return what the guard requires, in one sentence */
    public String sentence() {
        return sentence;
    }

    /** @return the provision that requires it, where one does */
    public Optional<Citation> citation() {
        return citation;
    }
}
