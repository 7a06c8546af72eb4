package org.safar.protection.intake;

import org.safar.mobility.ComplaintFiled;
import org.safar.mobility.Complaints;
import org.safar.protection.CaseIntake;
import org.safar.protection.CaseSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A complaint against an agency or a foreign employer opens a rights-violation case in the office that took it,
 * and the complaint shows the case's reference. The case starts in intake for the office's supervisors to assign.
 * Runs after the complaint is committed, in its own transaction, retried from the event publication log after a
 * crash; a complaint that already has its case is left alone, so a repeated delivery opens nothing twice.
 */
@Component
class ComplaintCases {

    static final String TYPE = "RIGHTS_VIOLATION";

    private final CaseIntake intake;
    private final Complaints complaints;

    ComplaintCases(CaseIntake intake, Complaints complaints) {
        this.intake = intake;
        this.complaints = complaints;
    }

    @ApplicationModuleListener
    void open(ComplaintFiled complaint) {
        boolean opened = complaints.byId(complaint.complaintId())
                .map(taken -> taken.caseReference() != null).orElse(true);
        if (opened) {
            return;
        }
        String against = complaint.agencyName() != null ? complaint.agencyName() : complaint.employerName();
        String reference = intake.open(new CaseIntake.Request(TYPE, null, complaint.person(), complaint.country(),
                null, against, CaseSource.OTHER, complaint.reference() + ": " + complaint.summary(),
                complaint.officeId()));
        complaints.linkCase(complaint.complaintId(), reference);
    }
}
