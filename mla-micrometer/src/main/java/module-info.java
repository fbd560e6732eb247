/**
 * OpenMLA metrics for Micrometer: {@link org.openmla.micrometer.MlaMetrics} counts decisions by outcome and pack,
 * times evaluations, counts lifecycle transitions and rejections, and gauges the overdue cases a host reports.
 */
module org.openmla.micrometer {
    requires transitive org.openmla.core;
    requires transitive micrometer.core;

    exports org.openmla.micrometer;
}
