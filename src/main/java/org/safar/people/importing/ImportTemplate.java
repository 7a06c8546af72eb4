package org.safar.people.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Empty files with the import's header row, to fill in: CSV (UTF-8 with a byte order mark, for spreadsheets) and XLSX. */
public final class ImportTemplate {

    private ImportTemplate() {
    }

    public static byte[] csv() {
        return ("\uFEFF" + String.join(",", ImportColumn.headers()) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** One sheet, the header row in bold, every column formatted as text so that dates and numbers stay as typed. */
    public static byte[] xlsx() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Safar", "1.0");
            Worksheet sheet = workbook.newWorksheet("people");
            List<String> headers = ImportColumn.headers();
            for (int column = 0; column < headers.size(); column++) {
                sheet.value(0, column, headers.get(column));
                sheet.style(0, column).bold().set();
                sheet.width(column, 18);
            }
            workbook.finish();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
