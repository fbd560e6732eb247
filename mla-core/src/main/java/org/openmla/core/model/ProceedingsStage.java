package org.openmla.core.model;

/** The stage of the criminal proceedings for which assistance is sought. */
public enum ProceedingsStage {
    /** Criminal investigation. */
    INVESTIGATION,
    /** Prosecution, after charges. */
    PROSECUTION,
    /** Trial. */
    TRIAL,
    /** Enforcement of a judgment, a sentence or a confiscation order. */
    ENFORCEMENT
}
