package org.safar.protection;

import java.util.List;
import java.util.Set;

import org.safar.people.PersonId;
import org.safar.platform.DomainException;
import org.safar.protection.cases.CaseDetails;
import org.safar.protection.cases.CasePerson;
import org.safar.protection.cases.CaseType;
import org.safar.protection.cases.CaseTypes;
import org.safar.protection.cases.Casework;
import org.safar.protection.cases.PersonRole;
import org.safar.protection.cases.RiskLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a case on behalf of another module — a complaint against an agency from the mobility module, a request
 * for help from the portal. The case starts in intake, unassigned, at medium risk, in the office named; the
 * office's supervisors pick it up from the case list. Types restricted by default (trafficking) are restricted.
 */
@Service
public class CaseIntake {

    private final Casework casework;
    private final CaseTypes types;

    CaseIntake(Casework casework, CaseTypes types) {
        this.casework = casework;
        this.types = types;
    }

    /**
     * What another module knows when it asks for a case: the type and sub-type codes (such as
     * {@code RIGHTS_VIOLATION} and {@code UNPAID_WAGES}), the person if known, where it happened, the agency or
     * employer involved, how it came in, what happened, and the office that will own it.
     */
    public record Request(String typeCode, String subtypeCode, PersonId person, String country, String city,
            String agencyOrEmployer, CaseSource source, String summary, long owningOfficeId) {
    }

    /** Opens the case and returns its human reference, such as {@code CASE-2026-000123}. */
    @Transactional
    public String open(Request request) {
        CaseType type = types.byCode(request.typeCode()).filter(t -> t.active() && !t.isSubtype())
                .orElseThrow(() -> new DomainException("case.type.invalid"));
        Long subtype = null;
        if (request.subtypeCode() != null) {
            subtype = types.byCode(request.subtypeCode()).filter(s -> type.id().equals(s.parentId()))
                    .orElseThrow(() -> new DomainException("case.subtype.invalid")).id();
        }
        CaseDetails details = new CaseDetails(type.id(), subtype, request.summary(), request.country(),
                request.city(), null, request.agencyOrEmployer(),
                request.source() == null ? CaseSource.OTHER : request.source(), Set.of(), RiskLevel.MEDIUM,
                request.owningOfficeId(), null, type.restrictedByDefault());
        List<CasePerson> persons = request.person() == null ? List.of()
                : List.of(new CasePerson(request.person(), PersonRole.PRINCIPAL));
        return casework.openForSystem(details, persons).reference();
    }
}
