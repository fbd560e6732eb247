/**
 * Rule packs for the EU instruments of judicial cooperation in criminal matters: the European Investigation Order,
 * European Production and Preservation Orders for electronic evidence and the European arrest warrant, with the
 * assessment keys and refusal grounds they use. The packs are offered through {@link org.openmla.treaties.eu.EuRulePackProvider}.
 */
package org.openmla.treaties.eu;
