/**
 * What an evaluation returns: a {@link org.openmla.core.decision.Decision} with its
 * {@link org.openmla.core.decision.Outcome}, one {@link org.openmla.core.decision.Finding} per rule and scope (with
 * its citation and the facts it read), per-measure {@link org.openmla.core.decision.MeasureResult}s, the
 * {@link org.openmla.core.decision.OpenQuestion}s still to be assessed, the conditions, consultation duties and running
 * deadlines that follow, and the answers to proposed refusals ({@link org.openmla.core.decision.RefusalCheck}).
 * All types are immutable values; explanation text, JSON and digests are computed when asked for.
 */
package org.openmla.core.decision;
