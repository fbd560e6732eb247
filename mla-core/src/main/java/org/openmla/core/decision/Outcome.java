package org.openmla.core.decision;

/**
 * The outcome of a decision, for the whole request or for one measure.
 *
 * <p><b>Precedence.</b> Constants are declared from the strongest to the weakest; when several apply, the strongest
 * wins: {@code ENGINE_ERROR}, {@code NOT_APPLICABLE}, {@code RETURN_TO_ISSUER}, {@code DEFICIENT},
 * {@code MUST_REFUSE}, {@code PENDING_ASSESSMENT}, {@code MAY_REFUSE}, {@code POSTPONE},
 * {@code GRANT_WITH_CONDITIONS}, {@code GRANT}. {@code PENDING_ASSESSMENT} is given instead of a determined outcome
 * when a finding that is still unknown could, once assessed, produce a stronger one; a request's outcome is the
 * strongest of its own and its measures' outcomes.
 *
 * <p>{@code NOT_APPLICABLE} and {@code RETURN_TO_ISSUER} are not refusals: the first says that the instrument does
 * not govern this request between these States on this date, the second that the order goes back to its issuer to
 * be put right.
 */
public enum Outcome {
    /** A rule failed or two exceptions conflict: the decision cannot be relied on. Never a grant. */
    ENGINE_ERROR,
    /** The instrument does not apply to this request between these States on this date. */
    NOT_APPLICABLE,
    /** The order must go back to its issuer to be put right (e.g. validation by a judicial authority). */
    RETURN_TO_ISSUER,
    /** The request lacks what the instrument requires: ask for more information. */
    DEFICIENT,
    /** A mandatory ground for refusal holds, or a precondition of the measure is not met. */
    MUST_REFUSE,
    /** An assessment still to be made could change the outcome. */
    PENDING_ASSESSMENT,
    /** A discretionary ground for refusal holds. */
    MAY_REFUSE,
    /** A ground for postponement holds. */
    POSTPONE,
    /** No ground for refusal or postponement; conditions attach to the assistance. */
    GRANT_WITH_CONDITIONS,
    /** No ground for refusal or postponement, and no condition. */
    GRANT;

    /** @return whether this outcome is stronger (takes precedence over) the other */
    public boolean isStrongerThan(Outcome other) {
        return ordinal() < other.ordinal();
    }

    /** @return the stronger of the two */
    public static Outcome strongest(Outcome a, Outcome b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /** @return whether assistance can go ahead: {@link #GRANT} or {@link #GRANT_WITH_CONDITIONS} */
    public boolean isGrant() {
        return this == GRANT || this == GRANT_WITH_CONDITIONS;
    }

    /** @return whether this is a refusal: {@link #MUST_REFUSE} or {@link #MAY_REFUSE} */
    public boolean isRefusal() {
        return this == MUST_REFUSE || this == MAY_REFUSE;
    }
}
