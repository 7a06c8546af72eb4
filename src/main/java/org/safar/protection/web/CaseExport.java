package org.safar.protection.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.safar.protection.cases.CaseSearch;
import org.springframework.context.MessageSource;

/** The filtered case list as one XLSX sheet, headings and values in the reader's language. */
final class CaseExport {

    private static final String[] COLUMNS = { "reference", "type", "status", "risk", "country", "city", "office",
            "worker", "principal", "openedOn", "restricted", "overdue" };

    private final CaseLabels labels;
    private final MessageSource messages;
    private final Locale locale;

    CaseExport(CaseLabels labels, MessageSource messages, Locale locale) {
        this.labels = labels;
        this.messages = messages;
        this.locale = locale;
    }

    void write(List<CaseSearch.Row> rows, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Safar", "1.0");
        Worksheet sheet = workbook.newWorksheet(text("case.list.heading"));
        for (int column = 0; column < COLUMNS.length; column++) {
            sheet.value(0, column, text("case.column." + COLUMNS[column]));
            sheet.style(0, column).bold().set();
        }
        int line = 1;
        for (CaseSearch.Row row : rows) {
            sheet.value(line, 0, row.reference());
            sheet.value(line, 1, labels.typeAndSubtype(row.typeId(), row.subtypeId()));
            sheet.value(line, 2, text(row.status().messageKey()));
            sheet.value(line, 3, text(row.risk().messageKey()));
            sheet.value(line, 4, row.country());
            sheet.value(line, 5, row.city());
            sheet.value(line, 6, labels.office(row.officeId()));
            sheet.value(line, 7, row.workerName());
            sheet.value(line, 8, labels.person(row.principalId()));
            sheet.value(line, 9, row.openedOn());
            sheet.style(line, 9).format("yyyy-mm-dd").set();
            sheet.value(line, 10, text(row.restricted() ? "case.yes" : "case.no"));
            sheet.value(line, 11, text(row.overdue() ? "case.yes" : "case.no"));
            line++;
        }
        workbook.finish();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
