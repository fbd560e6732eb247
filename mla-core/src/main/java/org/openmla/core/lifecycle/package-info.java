/**
 * The request lifecycle: a state machine over an immutable {@link org.openmla.core.lifecycle.RequestCase}, with
 * guards tied to the engine's {@link org.openmla.core.decision.Decision}s, treaty deadlines and an append-only history.
 *
 * <p>One shared {@link org.openmla.core.lifecycle.TransitionTable} says which {@link org.openmla.core.lifecycle.CommandType}
 * leads from which {@link org.openmla.core.lifecycle.CaseState} to which, and which {@link org.openmla.core.lifecycle.Guard}s
 * it must pass. {@link org.openmla.core.lifecycle.RequestLifecycle#apply} turns a case, a command and a clock into a new
 * case or a typed rejection; {@link org.openmla.core.lifecycle.RequestCase#replay} rebuilds a case from its history;
 * {@link org.openmla.core.lifecycle.DeadlineCalendar} says what is due and what is overdue. See {@code docs/lifecycle.md}.
 *
 * <pre>{@code
 * RequestLifecycle lifecycle = RequestLifecycle.standard();
 * RequestCase c = RequestCase.create(RequestId.of("NL-2026-00042"));
 * c = lifecycle.apply(c, Command.of(CommandType.RECEIVE, officer, c.version()), clock).requestCase();
 * TransitionResult r = lifecycle.apply(c, Command.refuse(officer, c.version(), decision, "ESSENTIAL_INTERESTS").because(reasons), clock);
 * if (r instanceof TransitionResult.Rejected rejected) {
 *     System.out.println(rejected.explain()); // every unmet guard, with its sentence and citation
 * }
 * }</pre>
 */
package org.openmla.core.lifecycle;
