package org.openmla.treaties.parties;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.openmla.core.model.Jurisdiction;

/**
 * The unmodifiable list of an instrument's parties, in the order given, with an index by State so that looking a State
 * up does not walk the list. Equal to any list of the same parties in the same order. Package-private: only
 * {@link InstrumentParties} makes one, over a list it has checked (no nulls, each State once).
 */
final class PartyList extends AbstractList<Party> implements RandomAccess {
    private final List<Party> parties;
    private final Map<Jurisdiction, Party> byState;

    private PartyList(List<Party> parties) {
        this.parties = parties;
        this.byState = new HashMap<>(parties.size() * 2);
        for (Party p : parties) {
            byState.put(p.state(), p);
        }
    }

    /** @param checked an unmodifiable list without nulls, each State once */
    static PartyList of(List<Party> checked) {
        return new PartyList(checked);
    }

    /** @return the State's entry, or null */
    Party byState(Jurisdiction state) {
        return byState.get(state);
    }

    /** At most this many States' explained bindings are kept; the memo is emptied when it is full. */
    private static final int MAX_EXPLAINED = 512;
    /** {@link InstrumentParties#binding}'s answers by State and kind, made once each: a race makes one twice, equal. */
    private final ConcurrentHashMap<Jurisdiction, AtomicReferenceArray<Binding>> explained = new ConcurrentHashMap<>();

    /** @return the binding of this kind already explained for the State, or null */
    Binding explained(Jurisdiction state, int kind) {
        AtomicReferenceArray<Binding> kinds = explained.get(state);
        return kinds == null ? null : kinds.get(kind);
    }

    /** Keeps a binding explained for the State. @return it */
    Binding keepExplained(Jurisdiction state, int kind, int kinds, Binding binding) {
        if (explained.size() >= MAX_EXPLAINED) {
            explained.clear();
        }
        explained.computeIfAbsent(state, s -> new AtomicReferenceArray<>(kinds)).set(kind, binding);
        return binding;
    }

    @Override
    public Party get(int index) {
        return parties.get(index);
    }

    @Override
    public int size() {
        return parties.size();
    }
}
