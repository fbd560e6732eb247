package org.openmla.core.model;

/** The role of a person concerned by a request. */
public enum PersonRole {
    SUSPECT,
    ACCUSED,
    /** A person convicted or sentenced, for enforcement requests. */
    SENTENCED_PERSON,
    WITNESS,
    VICTIM,
    EXPERT,
    /** A person in custody, e.g. whose temporary transfer is sought. */
    DETAINED_PERSON,
    /** The holder of a bank or other financial account. */
    ACCOUNT_HOLDER,
    /** The holder of data or of an online account (a subscriber, a user). */
    DATA_HOLDER,
    /** A person whose property is to be frozen, seized or confiscated, other than a suspect. */
    AFFECTED_THIRD_PARTY;

    /** @return whether the person is prosecuted or suspected: suspect, accused or sentenced */
    public boolean isProsecuted() {
        return this == SUSPECT || this == ACCUSED || this == SENTENCED_PERSON;
    }
}
