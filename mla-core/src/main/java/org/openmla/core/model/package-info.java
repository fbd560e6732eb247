/**
 * The immutable request model: a request, its parties, offences, persons and measures.
 *
 * <p>All types are immutable and thread-safe, use {@link java.util.Optional} for optional fields and hold
 * unmodifiable collections without nulls. Construction rejects malformed values with an
 * {@link org.openmla.core.InvalidValueException} naming the field; it never rejects a request for being incomplete.
 * Personal data never appears in {@code toString}.
 */
package org.openmla.core.model;
