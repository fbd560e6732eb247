package org.openmla.treaties;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.openmla.core.rules.RulePack;
import org.openmla.core.engine.RulePackRegistry;
import org.openmla.treaties.coe.CoeTreatyFamily;
import org.openmla.treaties.parties.PartyData;
import org.openmla.treaties.parties.PartyDataException;
import org.openmla.treaties.resolver.InstrumentRelationship;
import org.openmla.treaties.resolver.LegalBasisResolver;
import org.openmla.treaties.eu.EuTreatyFamily;
import org.openmla.treaties.un.UnTreatyFamily;

/**
 * The packs, party data and relationships this module ships, in one place.
 *
 * <pre>{@code
 * RulesEngine engine = RulesEngine.of(BuiltInPacks.discoveredRegistry()); // built-in packs and the host's own
 * LegalBasisResolver resolver = BuiltInPacks.resolver();                 // sees the same packs
 * // with a host's own or newer party data:
 * LegalBasisResolver local = resolver.withPartyData(BuiltInPacks.partyData().withDocument(Path.of("parties-2026-03.json")));
 * }</pre>
 *
 * <p>Everything is built once, on first use, and shared: the values are immutable and thread-safe. The engine can also
 * find the packs itself through {@link java.util.ServiceLoader} ({@link RulePackRegistry#discover()}); the families
 * here register the same packs as their {@link org.openmla.core.rules.RulePackProvider}s.
 */
public final class BuiltInPacks {
    private BuiltInPacks() {}

    /** The party-data document shared by every family: bilateral treaties. */
    public static final String BILATERAL_TREATIES_RESOURCE = "bilateral-treaties.json";

    private static final List<TreatyFamily> FAMILIES = List.of(
            UnTreatyFamily.INSTANCE,
            CoeTreatyFamily.INSTANCE,
            EuTreatyFamily.INSTANCE);

    /** @return the families of built-in packs */
    public static List<TreatyFamily> families() {
        return FAMILIES;
    }

    /** @return every built-in pack, family by family */
    public static List<RulePack> packs() {
        List<RulePack> all = new ArrayList<>();
        FAMILIES.forEach(f -> all.addAll(f.packs()));
        return List.copyOf(all);
    }

    /** @return a registry of the built-in packs, compiled once */
    public static RulePackRegistry registry() {
        return Holder.REGISTRY;
    }

    /**
     * The party data shipped in the jar: the shared bilateral-treaty document, then each family's documents.
     *
     * @return the party data, read once
     * @throws PartyDataException if a shipped document is missing or malformed (a packaging error)
     */
    public static PartyData partyData() {
        return PartyDataHolder.PARTY_DATA;
    }

    /**
     * The shipped party data of one family only (with the shared bilateral-treaty document), e.g. for a host that works
     * with the UN instruments alone.
     *
     * @param family the family
     * @return its party data, read on each call
     * @throws PartyDataException if a shipped document is missing or malformed
     */
    public static PartyData partyDataOf(TreatyFamily family) {
        return load(List.of(java.util.Objects.requireNonNull(family, "family")));
    }

    /**
     * A resolver over one family's party data and relationships (and every built-in pack).
     *
     * @param family the family
     * @return the resolver
     */
    public static LegalBasisResolver resolverOf(TreatyFamily family) {
        return LegalBasisResolver.builder(partyDataOf(family), registry()).relationships(family.relationships()).build();
    }

    /** @return every family's relationships between instruments, in order */
    public static List<InstrumentRelationship> relationships() {
        List<InstrumentRelationship> all = new ArrayList<>();
        FAMILIES.forEach(f -> all.addAll(f.relationships()));
        return List.copyOf(all);
    }

    /**
     * A resolver over the built-in party data and relationships, and every pack found on the class or module path
     * through {@link java.util.ServiceLoader} ({@link #discoveredRegistry()}): the built-in packs and any a host
     * registers as a {@link org.openmla.core.rules.RulePackProvider}. A host's own treaty pack is therefore evaluated as
     * soon as party data names it (a bilateral treaty's or instrument's {@code packId}); a resolution that names a pack
     * no provider registers says so in a legal-basis note and prepares no evaluation for it.
     *
     * @return the resolver, built once
     * @throws org.openmla.core.rules.RulePackException if the discovered packs are inconsistent (e.g. two with one id)
     */
    public static LegalBasisResolver resolver() {
        return Discovered.RESOLVER;
    }

    /**
     * A resolver over the built-in party data and relationships and the packs of a registry the host built itself; use
     * {@link LegalBasisResolver#withPartyData(PartyData)} to add the host's data.
     *
     * @param registry the packs the host's engine evaluates
     * @return the resolver
     */
    public static LegalBasisResolver resolver(RulePackRegistry registry) {
        return LegalBasisResolver.builder(partyData(), java.util.Objects.requireNonNull(registry, "registry")).relationships(relationships()).build();
    }

    /**
     * The packs found through {@link java.util.ServiceLoader}: the built-in ones and every other
     * {@link org.openmla.core.rules.RulePackProvider} on the class or module path. Give it to the engine that evaluates
     * what {@link #resolver()} prepares.
     *
     * @return the registry, built once
     */
    public static RulePackRegistry discoveredRegistry() {
        return Discovered.REGISTRY;
    }


    private static PartyData load(List<TreatyFamily> families) {
        List<String> resources = new ArrayList<>();
        resources.add(BILATERAL_TREATIES_RESOURCE);
        families.forEach(f -> resources.addAll(f.partyDataResources()));
        PartyData data = PartyData.empty();
        for (String resource : resources) {
            String name = "org/openmla/treaties/parties/" + resource;
            try (InputStream in = PartyData.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new PartyDataException(name + ": is missing from the mla-treaties jar");
                }
                data = data.withDocument(in, name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return data;
    }

    /** The built-in packs compiled: not needed by a host (or the command line) that discovers its packs. */
    private static final class Holder {
        static final RulePackRegistry REGISTRY = RulePackRegistry.builder().registerAll(packs()).build();
    }

    private static final class PartyDataHolder {
        static final PartyData PARTY_DATA = load(FAMILIES);
    }

    private static final class Discovered {
        static final RulePackRegistry REGISTRY = RulePackRegistry.discover();
        static final LegalBasisResolver RESOLVER = LegalBasisResolver.builder(PartyDataHolder.PARTY_DATA, REGISTRY).relationships(relationships()).build();
    }
}
