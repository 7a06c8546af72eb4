package org.safar.people.importing;

/** Why one column of a row was refused: a message key with at most one argument, translated when shown. */
record RowError(ImportColumn column, String messageKey, String argument) {
}
