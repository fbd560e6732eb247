/**
 * Implementation of the test kit: expectations and their side-by-side rendering, the scenario-table reader, JSON
 * merge patches. Not exported; nothing here is API.
 */
package org.openmla.testkit.internal;
