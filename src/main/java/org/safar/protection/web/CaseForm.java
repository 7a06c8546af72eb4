package org.safar.protection.web;

import java.util.EnumSet;
import java.util.Set;

import org.safar.protection.CaseSource;
import org.safar.protection.cases.CaseDetails;
import org.safar.protection.cases.PersonRole;
import org.safar.protection.cases.ProtectionCase;
import org.safar.protection.cases.RiskLevel;
import org.safar.protection.cases.Vulnerability;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The open and edit form of a case, as typed. */
public class CaseForm {

    @NotNull(message = "{case.type.required}")
    private Long typeId;
    private Long subtypeId;
    @NotBlank(message = "{case.summary.required}")
    @Size(max = 4000, message = "{case.text.tooLong}")
    private String summary;
    @Pattern(regexp = "^$|^[A-Za-z]{2}$", message = "{case.country.invalid}")
    private String country;
    @Size(max = 200, message = "{case.text.tooLong}")
    private String city;
    @Size(max = 300, message = "{case.text.tooLong}")
    private String employer;
    @Size(max = 300, message = "{case.text.tooLong}")
    private String agency;
    @NotNull(message = "{case.source.required}")
    private CaseSource source;
    private Set<Vulnerability> vulnerabilities = EnumSet.noneOf(Vulnerability.class);
    @NotNull(message = "{case.risk.required}")
    private RiskLevel riskLevel = RiskLevel.MEDIUM;
    @NotNull(message = "{case.office.required}")
    private Long owningOfficeId;
    private Long assignedWorkerId;
    private boolean restricted;
    /** On opening: the principal from the registry, and their role. */
    private Long personId;
    private PersonRole personRole = PersonRole.PRINCIPAL;

    static CaseForm of(ProtectionCase c) {
        CaseForm form = new CaseForm();
        form.typeId = c.typeId();
        form.subtypeId = c.subtypeId();
        form.summary = c.summary();
        form.country = c.country();
        form.city = c.city();
        form.employer = c.employer();
        form.agency = c.agency();
        form.source = c.source();
        form.vulnerabilities = c.vulnerabilities().isEmpty() ? EnumSet.noneOf(Vulnerability.class)
                : EnumSet.copyOf(c.vulnerabilities());
        form.riskLevel = c.riskLevel();
        form.owningOfficeId = c.owningOfficeId();
        form.assignedWorkerId = c.assignedWorkerId();
        form.restricted = c.restricted();
        return form;
    }

    CaseDetails details() {
        return new CaseDetails(typeId, subtypeId, summary, country, city, employer, agency, source, vulnerabilities,
                riskLevel, owningOfficeId, assignedWorkerId, restricted);
    }

    public Long getTypeId() { return typeId; }
    public void setTypeId(Long typeId) { this.typeId = typeId; }
    public Long getSubtypeId() { return subtypeId; }
    public void setSubtypeId(Long subtypeId) { this.subtypeId = subtypeId; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getEmployer() { return employer; }
    public void setEmployer(String employer) { this.employer = employer; }
    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = agency; }
    public CaseSource getSource() { return source; }
    public void setSource(CaseSource source) { this.source = source; }
    public Set<Vulnerability> getVulnerabilities() { return vulnerabilities; }
    public void setVulnerabilities(Set<Vulnerability> vulnerabilities) {
        this.vulnerabilities = vulnerabilities == null ? EnumSet.noneOf(Vulnerability.class) : vulnerabilities;
    }
    public RiskLevel getRiskLevel() { return riskLevel; }
    public void setRiskLevel(RiskLevel riskLevel) { this.riskLevel = riskLevel; }
    public Long getOwningOfficeId() { return owningOfficeId; }
    public void setOwningOfficeId(Long owningOfficeId) { this.owningOfficeId = owningOfficeId; }
    public Long getAssignedWorkerId() { return assignedWorkerId; }
    public void setAssignedWorkerId(Long assignedWorkerId) { this.assignedWorkerId = assignedWorkerId; }
    public boolean isRestricted() { return restricted; }
    public void setRestricted(boolean restricted) { this.restricted = restricted; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public PersonRole getPersonRole() { return personRole; }
    public void setPersonRole(PersonRole personRole) { this.personRole = personRole; }
}
