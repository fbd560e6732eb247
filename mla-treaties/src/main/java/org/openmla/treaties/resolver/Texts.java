package org.openmla.treaties.resolver;

/**
 * Joins the parts of an explanation in one array of the exact length. The build compiles {@code a + b + c} to a
 * {@link StringBuilder} that starts at 16 characters and doubles (see the compiler flags in the parent pom), which for
 * the resolver's long explanations allocates several times the text; the explanations made on every resolution are
 * joined here instead. Stateless; package-private.
 */
final class Texts {

    private Texts() {}

    /** @return the parts joined, in order, with nothing between them */
    static String of(String... parts) {
        return String.join("", parts);
    }
}
