package org.openmla.core.model;

/** A broad grouping of measures, for rules that speak of a kind of assistance rather than a single measure. */
public enum MeasureFamily {
    /** Taking or providing evidence, information and records. */
    EVIDENCE,
    /** Service of documents. */
    SERVICE,
    /** Preservation, disclosure, access, collection and interception of electronic data. */
    ELECTRONIC_EVIDENCE,
    /** Tracing, freezing, seizing and recovering assets. */
    ASSETS,
    /** Hearings at a distance and transfers of persons to give evidence. */
    HEARING_AND_TRANSFER,
    /** Controlled deliveries, covert investigations, observation and joint teams. */
    SPECIAL_INVESTIGATIVE,
    /** Surrender of a person and provisional arrest. */
    SURRENDER
}
