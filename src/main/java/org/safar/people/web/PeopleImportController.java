package org.safar.people.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.safar.people.importing.ImportColumn;
import org.safar.people.importing.ImportReport;
import org.safar.people.importing.ImportReports;
import org.safar.people.importing.ImportTemplate;
import org.safar.people.importing.PeopleImport;
import org.safar.platform.DomainException;
import org.safar.platform.jobs.BackgroundJob;
import org.safar.platform.jobs.BackgroundJobs;
import org.safar.platform.security.Role;
import org.safar.platform.security.StaffUser;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * Importing people from a file: the upload form with its templates, and each import's page, which follows the
 * job's progress and then shows its report. An import is seen only by whoever started it, and by administrators
 * and supervisors; anyone else is told it does not exist.
 */
@Controller
@RequestMapping("/people/import")
class PeopleImportController {

    private final PeopleImport imports;
    private final BackgroundJobs jobs;
    private final ImportReports reports;
    private final MessageSource messages;

    PeopleImportController(PeopleImport imports, BackgroundJobs jobs, ImportReports reports,
            MessageSource messages) {
        this.imports = imports;
        this.jobs = jobs;
        this.reports = reports;
        this.messages = messages;
    }

    @ModelAttribute("columns")
    String columns() {
        return String.join(", ", ImportColumn.headers());
    }

    @GetMapping
    String form() {
        return "people/import";
    }

    @PostMapping
    ModelAndView upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal StaffUser user, Locale locale) throws IOException {
        try (InputStream content = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            long id = imports.start(file == null ? null : file.getOriginalFilename(), file == null ? 0 : file.getSize(),
                    content, user.username());
            return new ModelAndView("redirect:/people/import/" + id);
        }
        catch (DomainException refused) {
            ModelAndView page = new ModelAndView("people/import", HttpStatus.valueOf(refused.status()));
            page.addObject("error", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
            return page;
        }
    }

    @GetMapping("/{jobId:\\d+}")
    ModelAndView job(@PathVariable long jobId, @AuthenticationPrincipal StaffUser user, Locale locale) {
        return jobView("people/import-job", jobId, user, locale);
    }

    /** The part of the job page that htmx polls every two seconds until the job is finished. */
    @GetMapping("/{jobId:\\d+}/progress")
    ModelAndView progress(@PathVariable long jobId, @AuthenticationPrincipal StaffUser user, Locale locale) {
        return jobView("people/import-job :: job", jobId, user, locale);
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> csvTemplate() {
        return download(ImportTemplate.csv(), "people-import.csv", new MediaType("text", "csv",
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> xlsxTemplate() {
        return download(ImportTemplate.xlsx(), "people-import.xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private ModelAndView jobView(String view, long jobId, StaffUser user, Locale locale) {
        BackgroundJob job = jobs.find(jobId).filter(found -> PeopleImport.KIND.equals(found.kind()))
                .filter(found -> found.owner().equals(user.username()) || user.has(Role.ADMIN)
                        || user.has(Role.SUPERVISOR))
                .orElseThrow(DomainException::notFound);
        ModelAndView page = new ModelAndView(view);
        page.addObject("job", job);
        if (job.finished()) {
            ImportReport report = reports.of(jobId);
            page.addObject("report", report);
            page.addObject("refusals", refusals(report.refusals(), locale));
        }
        return page;
    }

    /** "Row 12, column birth_date: the date must look like 1990-05-31", in the reader's language. */
    private List<String> refusals(List<ImportReport.Refusal> refusals, Locale locale) {
        return refusals.stream().map(refusal -> messages.getMessage("import.report.refusal",
                new Object[] { refusal.row(), refusal.column(), messages.getMessage(refusal.messageKey(),
                        refusal.argument() == null ? null : new Object[] { refusal.argument() }, locale) },
                locale)).toList();
    }

    private static ResponseEntity<byte[]> download(byte[] content, String filename, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(content);
    }
}
