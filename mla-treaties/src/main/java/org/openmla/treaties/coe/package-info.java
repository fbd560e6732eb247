/**
 * Built-in rule packs for the Council of Europe instruments on mutual assistance: the European Convention on Mutual
 * Assistance in Criminal Matters (ETS 30) with its First (ETS 99) and Second (ETS 182) Additional Protocols, pack
 * {@code ETS30}; chapter III of the Convention on Cybercrime (ETS 185), pack {@code ETS185}; and its Second
 * Additional Protocol (CETS 224), pack {@code CETS224}.
 *
 * <p>The packs are offered by {@link org.openmla.treaties.coe.CoeRulePackProvider}. They read the States' declarations
 * and reservations from {@link org.openmla.core.engine.StateProfile} by the ids in
 * {@link org.openmla.treaties.coe.CoeDeclarations}, and ask for the judgements listed in
 * {@link org.openmla.treaties.coe.CoeAssessments}, including whether both States are bound by a protocol or a
 * related convention on the law date (answered from party data by the legal-basis resolver, or by the host).
 * Every type here is immutable and thread-safe.
 */
package org.openmla.treaties.coe;
