package org.safar.people.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * One data row of an import file as read: its row number as a spreadsheet shows it (the header is row 1) and
 * the text of each known column, blank cells left out.
 */
record SourceRow(int number, Map<ImportColumn, String> values) {

    SourceRow {
        values = Map.copyOf(values);
    }

    static SourceRow of(int number, EnumMap<ImportColumn, String> values) {
        values.values().removeIf(value -> value == null || value.isBlank());
        values.replaceAll((column, value) -> value.strip());
        return new SourceRow(number, values);
    }

    String get(ImportColumn column) {
        return values.get(column);
    }

    boolean isBlank() {
        return values.isEmpty();
    }

    /**
     * The row's content, independent of the file format and of the column order: the same person's row gives the
     * same hash in a CSV file and in a spreadsheet.
     */
    String contentHash() {
        StringBuilder content = new StringBuilder();
        for (ImportColumn column : ImportColumn.values()) {
            content.append(values.getOrDefault(column, "")).append('\u001F');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
