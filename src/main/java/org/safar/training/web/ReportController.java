package org.safar.training.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.safar.training.reports.ReportWorkbook;
import org.safar.training.reports.TrainingReport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletResponse;

/** The training report as tables and a chart, and as an XLSX download. */
@Controller
class ReportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final TrainingReport report;
    private final ReportWorkbook workbook;

    ReportController(TrainingReport report, ReportWorkbook workbook) {
        this.report = report;
        this.workbook = workbook;
    }

    @GetMapping("/training/reports")
    String report(Locale locale, Model model) {
        List<TrainingReport.Line> byCourse = report.byCourse();
        model.addAttribute("byMonth", report.byCourseAndMonth());
        model.addAttribute("byCourse", byCourse);
        model.addAttribute("byRegion", report.byRegion());
        model.addAttribute("chartLabels", byCourse.stream().map(TrainingReport.Line::code).toList());
        model.addAttribute("chartTrained", byCourse.stream().map(TrainingReport.Line::trained).toList());
        model.addAttribute("chartPassed", byCourse.stream().map(TrainingReport.Line::passed).toList());
        return "training/reports";
    }

    @GetMapping("/training/reports/xlsx")
    void xlsx(Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("safar-training-report.xlsx").build().toString());
        workbook.write(response.getOutputStream(), locale);
    }
}
