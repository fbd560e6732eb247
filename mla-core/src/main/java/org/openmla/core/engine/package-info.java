/**
 * The rules engine: compiles rule packs once and evaluates requests against them.
 *
 * <p>Register packs in a {@link org.openmla.core.engine.RulePackRegistry} (explicitly, or from every
 * {@link org.openmla.core.rules.RulePackProvider} on the class or module path), build a
 * {@link org.openmla.core.engine.RulesEngine} and evaluate an {@link org.openmla.core.engine.Evaluation}: a request,
 * the packs that govern it, the host's {@link org.openmla.core.engine.Assessment}s and any
 * {@link org.openmla.core.engine.ProposedRefusal}s. The answer is a {@link org.openmla.core.decision.Decision}.
 * {@link org.openmla.core.engine.RefusalChecks} is the one procedure answering "may this ground be used?", shared by
 * the engine and the request lifecycle. Evaluation does no I/O and no reflection; the engine is thread-safe.
 */
package org.openmla.core.engine;
