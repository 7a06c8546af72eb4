/**
 * Identity resolution on names: transliteration between scripts, folding of spellings, and comparison into a
 * score and a decision. Pure Java, no database, so other modules and the command line can use it.
 */
@org.springframework.modulith.NamedInterface("matching")
package org.safar.people.matching;
