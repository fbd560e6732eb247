/**
 * Implementation details. Exported only to {@code org.openmla.treaties} (the argument checks its values share with
 * core); not part of the public API.
 */
package org.openmla.core.internal;
