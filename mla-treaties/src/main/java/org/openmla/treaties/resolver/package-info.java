/**
 * Legal-basis resolution: which instruments govern requests between two States on a date, how they relate, and whether a
 * request's claimed legal basis holds ({@link org.openmla.treaties.resolver.LegalBasisResolver}).
 */
package org.openmla.treaties.resolver;
