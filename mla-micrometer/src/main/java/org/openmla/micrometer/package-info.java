/**
 * Micrometer metrics for OpenMLA. See {@link org.openmla.micrometer.MlaMetrics}.
 */
package org.openmla.micrometer;
