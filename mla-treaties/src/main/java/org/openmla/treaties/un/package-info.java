/**
 * The UN packs: UNTOC art. 18, UNCAC art. 46 and the UN Model Treaty, with the assessments and refusal grounds they
 * declare ({@link org.openmla.treaties.un.UnAssessments}, {@link org.openmla.treaties.un.UnGrounds}).
 */
package org.openmla.treaties.un;
