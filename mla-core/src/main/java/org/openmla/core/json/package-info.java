/**
 * The JSON format of a request (format version 1): {@link org.openmla.core.json.MlaJson} reads and writes it,
 * {@link org.openmla.core.json.MlaJsonModule} plugs the same mapping into a host's Jackson {@code ObjectMapper}.
 *
 * <p>The model carries no Jackson annotations: the mapping lives here, beside the model. Reading never builds half a
 * request: it returns a complete {@link org.openmla.core.model.MlaRequest} or throws one
 * {@link org.openmla.core.json.MlaJsonException} listing every problem with its JSON Pointer, line and column.
 * The format is described in {@code docs/json-format.md} and by the JSON Schema returned by
 * {@link org.openmla.core.json.MlaJson#jsonSchema()}.
 */
package org.openmla.core.json;
