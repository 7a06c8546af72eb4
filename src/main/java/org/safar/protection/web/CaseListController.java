package org.safar.protection.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.safar.platform.accounts.Offices;
import org.safar.platform.audit.AuditTrail;
import org.safar.protection.CaseStatus;
import org.safar.protection.cases.CaseAccess;
import org.safar.protection.cases.CaseScope;
import org.safar.protection.cases.CaseSearch;
import org.safar.protection.cases.CaseStatistics;
import org.safar.protection.cases.CaseStaff;
import org.safar.protection.cases.CaseTypes;
import org.safar.protection.cases.RiskLevel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The case list with its filters, sorting and pages, and the same list as an XLSX file. Both show only the cases
 * the reader may open; an export is written to the audit trail with its filter and size.
 */
@Controller
class CaseListController {

    static final int PAGE_SIZE = 25;
    static final int EXPORT_LIMIT = 50_000;

    private final CaseSearch search;
    private final CaseAccess access;
    private final CaseTypes types;
    private final Offices offices;
    private final CaseLabels labels;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final CaseStaff staff;

    private final CaseStatistics statistics;

    CaseListController(CaseSearch search, CaseAccess access, CaseTypes types, Offices offices, CaseLabels labels,
            MessageSource messages, AuditTrail audit, CaseStaff staff, CaseStatistics statistics) {
        this.statistics = statistics;
        this.staff = staff;
        this.search = search;
        this.access = access;
        this.types = types;
        this.offices = offices;
        this.labels = labels;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/cases")
    String list(@ModelAttribute("filter") CaseListFilter filter, Model model) {
        CaseScope scope = access.scope();
        long total = search.count(scope, filter.filter());
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, filter.getPage()), pages);
        model.addAttribute("rows", search.find(scope, filter.filter(), filter.sort(), (page - 1) * PAGE_SIZE,
                PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("types", types.activeTypes());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("risks", RiskLevel.values());
        model.addAttribute("sorts", CaseSearch.Sort.values());
        model.addAttribute("offices", offices.all().stream().filter(o -> scope.coversOffice(o.id())).toList());
        model.addAttribute("workers", staff.within(scope));
        model.addAttribute("canOpen", scope.writer());
        return "protection/cases";
    }

    /** One line of the figures: a case type and its cases in each state, with their total. */
    record TypeLine(String type, Map<CaseStatus, Long> byStatus, long total) {
    }

    @GetMapping("/cases/statistics")
    String statistics(Locale locale, Model model) {
        List<CaseStatistics.Count> counts = statistics.byTypeAndStatus(access.scope());
        Map<String, Map<CaseStatus, Long>> byType = new LinkedHashMap<>();
        counts.forEach(c -> byType.computeIfAbsent(c.typeCode(), code -> new EnumMap<>(CaseStatus.class))
                .put(c.status(), c.cases()));
        List<TypeLine> lines = byType.entrySet().stream()
                .map(e -> new TypeLine(types.byCode(e.getKey()).map(t -> t.name(locale)).orElse(e.getKey()),
                        e.getValue(), e.getValue().values().stream().mapToLong(Long::longValue).sum()))
                .toList();
        Map<CaseStatus, Long> totals = new EnumMap<>(CaseStatus.class);
        counts.forEach(c -> totals.merge(c.status(), c.cases(), Long::sum));
        model.addAttribute("lines", lines);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("totals", totals);
        model.addAttribute("total", totals.values().stream().mapToLong(Long::longValue).sum());
        return "protection/statistics";
    }

    @GetMapping("/cases/export.xlsx")
    void export(@ModelAttribute("filter") CaseListFilter filter, Locale locale, HttpServletResponse response)
            throws IOException {
        CaseScope scope = access.scope();
        List<CaseSearch.Row> rows = search.find(scope, filter.filter(), filter.sort(), 0, EXPORT_LIMIT);
        audit.record("CASES_EXPORTED", "ProtectionCase", null, rows.size() + " cases, filter " + filter.describe());
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"cases.xlsx\"");
        try (OutputStream out = response.getOutputStream()) {
            new CaseExport(labels, messages, locale).write(rows, out);
        }
    }
}
