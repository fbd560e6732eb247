package org.openmla.treaties.resolver;

/**
 * A rule of precedence or relationship between instruments, applied by the {@link LegalBasisResolver} for a pair of
 * States on a date: for instance UNTOC art. 18(7) (paragraphs 9 to 29 apply only where no treaty of mutual legal
 * assistance binds the States), or the European Investigation Order replacing ETS 30 between bound EU Member States.
 *
 * <p>Relationships are small strategy objects, so a family of packs adds its own without changing the resolver:
 * {@link ResidualProvisionsRule}, {@link SupersessionRule}, {@link NonParticipationRule} and {@link CoexistenceRule}
 * cover the common patterns; write a new implementation for anything else. Implementations must be immutable, thread-safe and free of I/O, and must not depend on the order
 * in which relationships are applied: each sees the same {@link RelationshipContext}.
 */
public interface InstrumentRelationship {

    /** @return a stable id, e.g. {@code UNTOC.18.7}, shown in findings */
    String id();

    /** @return what the relationship says, in words, for documentation */
    String description();

    /**
     * The instruments whose packs read this relationship's system assessments; the resolver gives them only to
     * evaluations of those packs.
     *
     * @return the instrument ids; empty (the default) for every instrument
     */
    default java.util.Set<String> concerns() {
        return java.util.Set.of();
    }

    /**
     * Applies the relationship.
     *
     * @param context the States, the date and every instrument's status between them
     * @return the findings and system assessments; {@link RelationshipResult#none()} when it does not concern them
     */
    RelationshipResult apply(RelationshipContext context);
}
