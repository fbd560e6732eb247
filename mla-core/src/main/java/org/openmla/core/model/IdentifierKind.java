package org.openmla.core.model;

/** The kind of a personal identifier. */
public enum IdentifierKind {
    PASSPORT,
    NATIONAL_ID,
    TAX_ID,
    SOCIAL_SECURITY_NUMBER,
    DRIVING_LICENCE,
    /** A company or other legal person's registration number. */
    COMPANY_REGISTRATION,
    OTHER
}
