package org.openmla.treaties;

import java.util.List;
import org.openmla.core.rules.RulePack;
import org.openmla.treaties.resolver.InstrumentRelationship;

/**
 * A family of built-in packs (the UN instruments, the Council of Europe conventions, the EU instruments) with what
 * goes with them: the relationships between its instruments that the legal-basis resolver applies and its party-data
 * documents. Like a Jackson {@code Module}: a family contributes, it never reaches
 * into the others.
 *
 * <p>To add a family: implement this interface, list an instance in {@link BuiltInPacks}, and give it a
 * {@link org.openmla.core.rules.RulePackProvider} registered in {@code META-INF/services} and in
 * {@code module-info.java}. Implementations are immutable and return the same values every time.
 */
public interface TreatyFamily {

    /** @return a short name, e.g. {@code UN} */
    String name();

    /** @return the family's packs */
    List<RulePack> packs();

    /** @return the relationships between instruments that the resolver applies, in order */
    List<InstrumentRelationship> relationships();

    /**
     * The family's party-data documents, as resource names relative to the package
     * {@code org.openmla.treaties.parties} (e.g. {@code untoc.json}); loaded in order.
     *
     * @return the resource names
     */
    List<String> partyDataResources();
}
