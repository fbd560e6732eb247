package org.openmla.core.json;

import com.fasterxml.jackson.core.JsonPointer;

/** A binding problem whose line and column are not known yet. */
record PendingProblem(JsonPointer pointer, String message) {}
