/**
 * Checks requests against the model's Jakarta Bean Validation constraints and JSON documents against the format.
 * Needs Hibernate Validator on the class or module path (an optional dependency of mla-core).
 */
package org.openmla.core.validation;
