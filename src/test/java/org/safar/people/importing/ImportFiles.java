package org.safar.people.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Import files for tests, with people nobody else in the shared test database has: made-up names of random
 * syllables, so that earlier runs never turn up as likely matches. Columns: family_name, given_names, sex,
 * birth_date, home_region.
 */
final class ImportFiles {

    static final List<String> HEADER = List.of("family_name", "given_names", "sex", "birth_date", "home_region");
    private static final String[] SYLLABLES = { "ba", "da", "ka", "la", "ma", "na", "ra", "sa", "ta", "za", "bo",
            "do", "ko", "lo", "mo", "no", "ro", "so", "to", "zo", "bu", "du", "ku", "lu", "mu", "nu", "ru", "su" };

    private final List<List<String>> rows = new ArrayList<>();

    static ImportFiles withRows() {
        return new ImportFiles();
    }

    /** A valid row: a unique man born on {@code birthDate}. Returns this file. */
    ImportFiles someone(String birthDate) {
        return row(uniqueFamilyName(), uniqueGivenName(), "M", birthDate, "UZ-TO");
    }

    ImportFiles row(String... values) {
        rows.add(List.of(values));
        return this;
    }

    List<String> row(int index) {
        return rows.get(index);
    }

    byte[] csv() {
        StringBuilder text = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        rows.forEach(row -> text.append(String.join(",", row)).append("\r\n"));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("people");
        for (int column = 0; column < HEADER.size(); column++) {
            sheet.value(0, column, HEADER.get(column));
        }
        for (int row = 0; row < rows.size(); row++) {
            for (int column = 0; column < rows.get(row).size(); column++) {
                sheet.value(row + 1, column, rows.get(row).get(column));
            }
        }
        workbook.finish();
        return bytes.toByteArray();
    }

    static String uniqueFamilyName() {
        return capitalised(word(5)) + "ov";
    }

    static String uniqueGivenName() {
        return capitalised(word(3));
    }

    private static String word(int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(SYLLABLES[ThreadLocalRandom.current().nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
