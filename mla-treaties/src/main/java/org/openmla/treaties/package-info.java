/**
 * Built-in rule packs for real instruments: {@link org.openmla.treaties.BuiltInPacks} gives the packs, party data and
 * legal-basis resolver this module ships; {@link org.openmla.treaties.TreatyFamily} is how a family of packs (UN,
 * Council of Europe, EU) contributes them, through one entry point per family
 * ({@link org.openmla.treaties.un.UnPacks}, {@link org.openmla.treaties.coe.CoePacks}, {@link org.openmla.treaties.eu.EuPacks}).
 *
 * <p>Every public type of this module keeps the contract of {@link org.openmla.core} for bad input: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter, a bad value (or a missing component of a value
 * record) {@link org.openmla.core.InvalidValueException} naming the field, never the value.
 */
package org.openmla.treaties;
