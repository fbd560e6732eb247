package org.openmla.core.lifecycle;

/**
 * A condition a command must meet before its transition is made. Each guard has a stable id and a sentence saying
 * what it requires. The lifecycle holds no treaty content: the articles behind an unmet guard are the decision's own
 * (the pack's consultation, refusal or postponement rules) and come with the {@link UnmetGuard}. Which commands are guarded by which guards is in
 * {@link TransitionTable#guards(CommandType)}. A rejected command lists every guard it did not meet, each with the
 * particulars ({@link UnmetGuard}).
 */
public enum Guard {
    /** Time does not run backwards in a history. */
    HISTORY_IN_ORDER("history.in-order", "A transition is not recorded at an earlier time than the transition before it."),

    /** Acknowledgement is an event that happens once. */
    ACKNOWLEDGE_ONCE("acknowledge.once", "Receipt of a request is acknowledged once."),
    /** An arrest on the request is recorded once; the time limits run from the first. */
    ARREST_ONCE("arrest.once", "The arrest of the person sought is recorded once."),
    /** Consent to surrender is recorded once. */
    CONSENT_TO_SURRENDER_ONCE("consent-to-surrender.once", "The consent of the person sought to surrender is recorded once."),

    /** The decision must be the decision on this case's request. */
    DECISION_SAME_REQUEST("decision.same-request", "The decision is the engine's decision on this request (its request id is the case id)."),
    /**
     * A decision the case has since replaced with a newer one may not be acted on again, unless it is recorded again
     * (RECORD_DECISION), which puts the change of mind in the history.
     */
    DECISION_NOT_SUPERSEDED("decision.not-superseded", "The decision acted on is the latest the case recorded, or a new one: not an "
            + "earlier decision the case has since replaced (record it again first if the facts are back to what they were)."),
    /** An engine failure supports nothing. */
    DECISION_COMPLETE("decision.complete", "A refusal or postponement rests on a decision the engine completed (its outcome is not ENGINE_ERROR)."),

    /** The outcome must allow acceptance. */
    ACCEPT_OUTCOME_ALLOWS("accept.outcome-allows", "A request is accepted only on a decision whose outcome is not ENGINE_ERROR, NOT_APPLICABLE, "
            + "RETURN_TO_ISSUER, DEFICIENT or MUST_REFUSE; where only some measures are accepted, the outcome of each of those measures."),
    /** No open question may bar acceptance. */
    ACCEPT_NO_OPEN_MANDATORY_QUESTION("accept.no-open-mandatory-question", "A request is not accepted while a question is open on a rule that "
            + "would bar acceptance: a mandatory ground for refusal or a precondition (and, failing closed, a scope, formal requirement or "
            + "return-to-issuer rule) that concerns the request or an accepted measure."),
    /** Measures accepted must exist. */
    ACCEPT_MEASURES_EXIST("accept.measures-exist", "The measures accepted are measures of the request the decision is on."),
    /** Accepting only some measures refuses the others, so reasons are due. */
    ACCEPT_PARTIAL_REASONS_GIVEN("accept.partial.reasons-given", "Where only some measures are accepted, reasons are given for refusing the others."),
    /** Accepting only some measures refuses the others, so consultation is due where the decision requires it. */
    ACCEPT_PARTIAL_CONSULTED("accept.partial.consulted", "Where only some measures are accepted and the decision carries a duty to consult, "
            + "the consultation has been recorded first."),

    /** Reasons for a refusal. */
    REFUSE_REASONS_GIVEN("refuse.reasons-given", "Reasons are given for a refusal."),
    /** A refusal rests on grounds. */
    REFUSE_GROUNDS_CITED("refuse.grounds-cited", "A refusal cites at least one ground (a ground id or a rule id)."),
    /** Grounds cited must be found or permitted. */
    REFUSE_GROUNDS_FOUND("refuse.grounds-found", "Each ground cited (by ground id or rule id) is one the engine answers PERMITTED "
            + "(org.openmla.core.engine.RefusalChecks) for the whole request or for at least one measure: an adverse mandatory, "
            + "discretionary or precondition finding that nothing forbids or keeps pending."),
    /** Grounds the instrument forbids must not be cited. */
    REFUSE_NO_FORBIDDEN_GROUND("refuse.no-forbidden-ground", "No ground cited is one the engine answers FORBIDDEN or CHECK_FAILED, "
            + "or PENDING_ASSESSMENT on a not-a-ground rule: a not-a-ground rule for it is TRUE or still unknown, an exception removes it, "
            + "or whether it may be used could not be checked."),
    /** A whole refusal needs grounds for every measure; grounds for some measures support a partial acceptance. */
    REFUSE_GROUNDS_COVER_EVERY_MEASURE("refuse.grounds-cover-every-measure", "The grounds cited hold for the whole request, or together "
            + "for every measure; where they hold for some measures only, accept the others (ACCEPT with measures) instead of refusing all."),
    /** Consultation before refusal. */
    REFUSE_CONSULTED("refuse.consulted", "Where the decision carries a duty to consult, the consultation has been recorded before refusing."),

    /** Reasons for a postponement. */
    POSTPONE_REASONS_GIVEN("postpone.reasons-given", "Reasons are given for a postponement."),
    /** Postponement needs a ground. */
    POSTPONE_GROUND_FOUND("postpone.ground-found", "A request is postponed only where the decision found a ground for postponement "
            + "(a postponement finding that is TRUE)."),
    /** Consultation before postponement. */
    POSTPONE_CONSULTED("postpone.consulted", "Where the decision carries a duty to consult, the consultation has been recorded before postponing."),

    /** Partial execution names measures. */
    EXECUTION_MEASURES_NAMED("execution.measures-named", "A partial execution names the measures executed."),
    /** Only accepted measures are executed. */
    EXECUTION_MEASURES_ACCEPTED("execution.measures-accepted", "Only accepted measures are executed."),
    /** A measure is executed once. */
    EXECUTION_MEASURES_NOT_YET_EXECUTED("execution.measures-not-yet-executed", "A measure is recorded as executed once."),
    /** Partial means some remain. */
    EXECUTION_PARTIAL_LEAVES_SOME("execution.partial-leaves-some", "A partial execution leaves at least one accepted measure to execute; "
            + "the last ones are recorded with COMPLETE_EXECUTION."),

    /** Closing with measures unexecuted needs reasons. */
    CLOSE_UNEXECUTED_REASONS_GIVEN("close.unexecuted.reasons-given", "A case closed with accepted measures not executed, other than after a refusal or withdrawal, states the reasons."),

    /** The deadline must exist. */
    EXTENSION_DEADLINE_KNOWN("extension.deadline-known", "The deadline extended is one that runs for the case (by its rule id)."),
    /** Only open deadlines are extended. */
    EXTENSION_DEADLINE_OPEN("extension.deadline-open", "A deadline already met or lapsed is not extended."),
    /** The pack must allow an extension. */
    EXTENSION_ALLOWED("extension.allowed", "A deadline is extended only where the pack declares a maximum extension for it."),
    /** Extensions are counted in the unit of the maximum. */
    EXTENSION_SAME_UNIT("extension.same-unit", "An extension is expressed in the unit of the maximum extension, so that the two compare exactly."),
    /** The total extension is capped. */
    EXTENSION_WITHIN_MAXIMUM("extension.within-maximum", "All extensions of a deadline together do not exceed its maximum extension."),
    /** Reasons for an extension. */
    EXTENSION_REASONS_GIVEN("extension.reasons-given", "Reasons are given for extending a deadline.");

    private final String id;
    private final String sentence;

    Guard(String id, String sentence) {
        this.id = id;
        this.sentence = sentence;
    }

    /** @return the stable id, e.g. {@code refuse.reasons-given} */
    public String id() {
        return id;
    }

    /** @return what the guard requires, in one sentence */
    public String sentence() {
        return sentence;
    }
}
