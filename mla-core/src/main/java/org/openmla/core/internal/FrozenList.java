package org.openmla.core.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list over an {@link ArrayList} that its maker fills and then never touches again, so that
 * {@link Checks#list} can keep it instead of copying it. Only code of this module makes one, and only over a list it
 * built itself and hands over; it behaves as {@link Collections#unmodifiableList} does (every mutator throws
 * {@link UnsupportedOperationException}; {@code contains(null)} is false).
 *
 * @param <T> the element type
 */
public final class FrozenList<T> extends AbstractList<T> implements RandomAccess {
    private final ArrayList<T> elements;

    private FrozenList(ArrayList<T> elements) {
        this.elements = elements;
    }

    /**
     * Hands a list over: the caller must not keep or change {@code elements} afterwards.
     *
     * @param elements the list, without null elements
     * @param <T> the element type
     * @return an unmodifiable list of the same elements, without a copy
     */
    public static <T> List<T> of(ArrayList<T> elements) {
        return elements.isEmpty() ? Collections.emptyList() : new FrozenList<>(elements);
    }

    @Override
    public T get(int index) {
        return elements.get(index);
    }

    @Override
    public int size() {
        return elements.size();
    }
}
