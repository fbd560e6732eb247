/**
 * Checks requests against the model's Jakarta Bean Validation constraints and JSON documents against the format.
 * Runs on Hibernate Validator, a dependency of mla-core; without it {@link org.openmla.core.validation.RequestValidator#create()}
 * fails with a message naming the artifact.
 */
package org.openmla.core.validation;
