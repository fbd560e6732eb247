/**
 * Built-in rule packs for real instruments: {@link org.openmla.treaties.BuiltInPacks} gives the packs, party data and
 * legal-basis resolver this module ships; {@link org.openmla.treaties.TreatyFamily} is how a family of packs (UN,
 * Council of Europe, EU) contributes them.
 */
package org.openmla.treaties;
