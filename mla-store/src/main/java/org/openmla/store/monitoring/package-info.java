/**
 * Caseload monitoring for a central authority: how long requests take from receipt to acknowledgement, decision and
 * execution, how they end and on which grounds they are refused, by instrument and counterpart State, which deadlines
 * were met or missed and which are overdue now. {@link org.openmla.store.monitoring.Caseload} builds a
 * {@link org.openmla.store.monitoring.CaseloadReport} from cases in memory or from a
 * {@link org.openmla.store.CaseStore}; {@link org.openmla.store.monitoring.ReportFormat} writes it as a table, JSON,
 * CSV or a self-contained HTML page. Reports hold ids, codes, States, citations and times, never personal data.
 */
package org.openmla.store.monitoring;
