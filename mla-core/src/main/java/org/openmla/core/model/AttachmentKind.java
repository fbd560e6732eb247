package org.openmla.core.model;

/** The kind of a document attached to a request. */
public enum AttachmentKind {
    /** A court order, warrant or decision supporting the request. */
    COURT_ORDER,
    /** A standard form, such as EIO Annex A or an e-Evidence certificate. */
    FORM,
    /** A translation of the request. */
    TRANSLATION,
    /** A document to be served. */
    DOCUMENT_TO_SERVE,
    /** Text of the law quoted in the request. */
    LEGAL_PROVISIONS,
    /** A list of questions for a hearing. */
    QUESTIONS,
    /** Anything else. */
    OTHER
}
