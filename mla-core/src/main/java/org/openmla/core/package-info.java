/** The library's root exceptions. */
package org.openmla.core;
