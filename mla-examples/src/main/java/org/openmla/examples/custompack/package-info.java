/**
 * A custom rule pack: a fictional bilateral treaty on mutual legal assistance built on the UN Model Treaty pack, found
 * through the service loader like the built-in packs. See {@link org.openmla.examples.custompack.ExampleTreatyPack}.
 */
package org.openmla.examples.custompack;
