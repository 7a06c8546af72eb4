package org.safar.training.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The training report as an XLSX workbook: one sheet per table, headings in the reader's language. */
@Component
public class ReportWorkbook {

    private final TrainingReport report;
    private final MessageSource messages;

    ReportWorkbook(TrainingReport report, MessageSource messages) {
        this.report = report;
        this.messages = messages;
    }

    public void write(OutputStream out, Locale locale) throws IOException {
        Workbook workbook = new Workbook(out, "Safar", "1.0");
        sheet(workbook, locale, "training.report.byMonth", report.byCourseAndMonth(), true,
                line -> line.code() + " — " + line.name(locale));
        sheet(workbook, locale, "training.report.byCourse", report.byCourse(), false,
                line -> line.code() + " — " + line.name(locale));
        sheet(workbook, locale, "training.report.byRegion", report.byRegion(), false, line -> line.name(locale));
        workbook.finish();
    }

    private void sheet(Workbook workbook, Locale locale, String titleKey, List<TrainingReport.Line> lines,
            boolean withMonth, Function<TrainingReport.Line, String> label) {
        Worksheet sheet = workbook.newWorksheet(text(titleKey, locale));
        int column = 0;
        if (withMonth) {
            sheet.value(0, column++, text("training.report.month", locale));
        }
        sheet.value(0, column++, text(withMonth || titleKey.endsWith("byCourse") ? "training.report.course"
                : "training.report.region", locale));
        sheet.value(0, column++, text("training.report.trained", locale));
        sheet.value(0, column++, text("training.report.passed", locale));
        sheet.value(0, column, text("training.report.passRate", locale));
        sheet.style(0, 0).bold().set();
        for (int i = 0; i < lines.size(); i++) {
            TrainingReport.Line line = lines.get(i);
            int c = 0;
            if (withMonth) {
                sheet.value(i + 1, c++, line.month());
            }
            sheet.value(i + 1, c++, label.apply(line));
            sheet.value(i + 1, c++, line.trained());
            sheet.value(i + 1, c++, line.passed());
            sheet.value(i + 1, c, line.passRate() / 100.0);
            sheet.style(i + 1, c).format("0%").set();
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
