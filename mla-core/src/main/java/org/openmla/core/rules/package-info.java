/**
 * The rule-authoring vocabulary: what a treaty rule pack is written in.
 *
 * <p>A {@link org.openmla.core.rules.RulePack} is a list of {@link org.openmla.core.rules.Rule}s, each with a
 * {@link org.openmla.core.rules.Citation}, a {@link org.openmla.core.rules.RuleKind} and a
 * {@link org.openmla.core.rules.Condition} written with the {@link org.openmla.core.rules.Conditions} vocabulary over
 * three-valued facts ({@link org.openmla.core.rules.Truth}). Judgement facts are
 * {@link org.openmla.core.rules.AssessmentKey}s, refusal grounds {@link org.openmla.core.rules.RefusalGround}s,
 * treaty clocks {@link org.openmla.core.rules.DeadlineSpec}s. Packs reach an engine explicitly or through a
 * {@link org.openmla.core.rules.RulePackProvider} found by {@link java.util.ServiceLoader}.
 *
 * <p>Evaluating packs is the job of {@link org.openmla.core.engine}; what an evaluation returns lives in
 * {@link org.openmla.core.decision}. Every type here is immutable and thread-safe unless it is a builder. A null
 * argument throws {@link java.lang.NullPointerException}; a well-typed but invalid value throws
 * {@link org.openmla.core.InvalidValueException} naming the field, never echoing the value.
 */
package org.openmla.core.rules;
