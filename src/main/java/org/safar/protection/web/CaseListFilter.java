package org.safar.protection.web;

import org.safar.protection.CaseStatus;
import org.safar.protection.cases.CaseSearch;
import org.safar.protection.cases.RiskLevel;

/** The case list's query string: filters, sort and page. Unknown values are ignored rather than refused. */
public class CaseListFilter {

    private Long type;
    private CaseStatus status;
    private Long office;
    private Long worker;
    private String country;
    private RiskLevel risk;
    private boolean overdue;
    private String text;
    private CaseSearch.Sort sort = CaseSearch.Sort.RISK;
    private int page = 1;

    CaseSearch.Filter filter() {
        return new CaseSearch.Filter(type, status, office, worker, country, risk, overdue, text);
    }

    CaseSearch.Sort sort() {
        return sort == null ? CaseSearch.Sort.RISK : sort;
    }

    /** The filter for the audit trail, without free text (which may hold a name). */
    String describe() {
        return "type=" + type + " status=" + status + " office=" + office + " worker=" + worker + " country="
                + country + " risk=" + risk + " overdue=" + overdue;
    }

    public Long getType() { return type; }
    public void setType(Long type) { this.type = type; }
    public CaseStatus getStatus() { return status; }
    public void setStatus(CaseStatus status) { this.status = status; }
    public Long getOffice() { return office; }
    public void setOffice(Long office) { this.office = office; }
    public Long getWorker() { return worker; }
    public void setWorker(Long worker) { this.worker = worker; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public RiskLevel getRisk() { return risk; }
    public void setRisk(RiskLevel risk) { this.risk = risk; }
    public boolean isOverdue() { return overdue; }
    public void setOverdue(boolean overdue) { this.overdue = overdue; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public CaseSearch.Sort getSort() { return sort; }
    public void setSort(CaseSearch.Sort sort) { this.sort = sort; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
}
