/** Implementation details; not exported. */
package org.openmla.core.internal;
