/**
 * An embedded case system: how a host application (plain Java, no framework) uses OpenMLA for the requests its
 * central authority receives.
 *
 * <ul>
 *   <li>{@link org.openmla.examples.casesystem.RequestDesk} receives a request, evaluates it, records an officer's
 *       assessments and moves the case through the lifecycle, answering every call with a typed
 *       {@link org.openmla.examples.casesystem.DeskResult};</li>
 *   <li>{@link org.openmla.examples.casesystem.CaseRepository} stores case files, with optimistic locking: an update
 *       made on a version that is no longer current is rejected, and no history entry is ever lost;
 *       {@link org.openmla.examples.casesystem.JdbcCaseRepository} keeps them in a database through the
 *       {@link org.openmla.store.CaseStore} (H2 in a file by default, PostgreSQL by its JDBC URL), with the host's own
 *       table for what only it keeps; {@link org.openmla.examples.casesystem.InMemoryCaseRepository} keeps them as JSON
 *       in memory, for unit tests;</li>
 *   <li>the pack-choice policy {@link org.openmla.treaties.resolver.EvaluationPlan} (in mla-treaties) turns a request and an officer's input into the engine's
 *       evaluation, with the legal basis resolved from party data.</li>
 * </ul>
 */
package org.openmla.examples.casesystem;
