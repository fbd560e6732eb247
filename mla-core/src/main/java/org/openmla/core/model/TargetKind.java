package org.openmla.core.model;

/** What a measure is directed at. */
public enum TargetKind {
    /** A place: premises, a vehicle, a site. */
    PLACE,
    /** A bank or other financial account. */
    ACCOUNT,
    /** A data identifier: an e-mail address, a telephone number, an IP address, a user name. */
    DATA_IDENTIFIER,
    /** A service provider holding data. */
    SERVICE_PROVIDER,
    /** A person concerned by the request; the value is the person's {@link Person#ref()}. */
    PERSON,
    /** An object or an asset. */
    OBJECT
}
