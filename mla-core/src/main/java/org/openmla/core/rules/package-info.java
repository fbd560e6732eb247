/**
 * The treaty-rules engine: rules with citations, packs, three-valued facts and explained decisions.
 *
 * <p>Write a {@link org.openmla.core.rules.RulePack} of {@link org.openmla.core.rules.Rule}s using the
 * {@link org.openmla.core.rules.Conditions} vocabulary; register it in a
 * {@link org.openmla.core.rules.RulePackRegistry} (explicitly or through a
 * {@link org.openmla.core.rules.RulePackProvider}); evaluate requests with a
 * {@link org.openmla.core.rules.RulesEngine}, which returns a {@link org.openmla.core.rules.Decision}. Facts that need
 * a person's judgement are {@link org.openmla.core.rules.Assessment}s; until supplied they are
 * {@link org.openmla.core.rules.Truth#UNKNOWN} and appear as {@link org.openmla.core.rules.OpenQuestion}s.
 * Every type here is immutable and thread-safe unless it is a builder.
 */
package org.openmla.core.rules;
