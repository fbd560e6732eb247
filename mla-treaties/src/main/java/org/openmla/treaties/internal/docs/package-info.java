/**
 * Pack documentation generated from the packs themselves ({@link org.openmla.treaties.internal.docs.PackDocGenerator}), so
 * {@code docs/packs/*.md} cannot drift from the rules.
 */
package org.openmla.treaties.internal.docs;
