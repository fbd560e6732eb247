package org.openmla.core.model;

/** The kind of an authority that issues, validates, conducts or receives a request. */
public enum AuthorityKind {
    /** A court or a judge sitting in one. */
    COURT,
    /** An investigating judge (juge d'instruction, Ermittlungsrichter). */
    INVESTIGATING_JUDGE,
    /** A public prosecutor. */
    PROSECUTOR,
    /** An investigating authority other than a judge or prosecutor, such as the police or customs. */
    INVESTIGATING_AUTHORITY,
    /** A central authority designated for mutual legal assistance. */
    CENTRAL_AUTHORITY,
    /** A ministry of justice or foreign affairs acting as a channel. */
    MINISTRY,
    /** Any other competent authority. */
    OTHER;

    /** @return whether this is a judicial authority: a court, an investigating judge or a public prosecutor */
    public boolean isJudicial() {
        return this == COURT || this == INVESTIGATING_JUDGE || this == PROSECUTOR;
    }
}
