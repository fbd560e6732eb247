/**
 * The library's root exceptions, and the contract every public type of OpenMLA keeps for bad input.
 *
 * <h2>Nulls and bad values</h2>
 * <ul>
 *   <li><b>A null argument</b> to a method, factory or builder setter is a programming error: it throws
 *       {@link java.lang.NullPointerException} naming the parameter ({@code Objects.requireNonNull(x, "x")}).</li>
 *   <li><b>A bad value</b> (malformed, out of range, unknown, inconsistent) throws {@link org.openmla.core.InvalidValueException}
 *       naming the field ({@code Offence.maxPenalty}) and the problem, never the value itself, which may be personal data.
 *       A missing component of a value record (a request, a finding, a decision) is such a bad value: the record was built
 *       from incomplete data, so its constructor reports the field with {@code InvalidValueException}.</li>
 *   <li><b>Nothing is returned as null</b>: absent values are {@link java.util.Optional} or empty collections, and collections
 *       never contain null.</li>
 *   <li><b>A legal outcome is never an exception</b>: a refusal, a deficiency, an open question or a rejected transition is
 *       a value.</li>
 * </ul>
 */
package org.openmla.core;
