package org.safar.protection.cases;

import org.safar.platform.DomainException;
import org.safar.platform.audit.AuditTrail;
import org.safar.platform.security.StaffUser;
import org.springframework.stereotype.Component;

/**
 * The door to one case: every page, API call and sub-record (assessment, plan, referral, transfer, attachment)
 * comes through here. A case outside the reader's scope answers exactly as a case that does not exist, so an
 * officer cannot learn by trying ids that another office holds a case. Every read of a restricted case is written
 * to the audit trail.
 */
@Component
public class CaseAccess {

    private final ProtectionCases cases;
    private final AuditTrail audit;

    CaseAccess(ProtectionCases cases, AuditTrail audit) {
        this.cases = cases;
        this.audit = audit;
    }

    /** The signed-in staff member; 401 semantics are the security chain's, so here one is always present. */
    public static StaffUser currentUser() {
        return StaffUser.current().orElseThrow(() -> new DomainException(403, "error.forbidden.detail"));
    }

    public CaseScope scope() {
        return CaseScope.of(currentUser());
    }

    /** The case for reading by the signed-in user; a read of a restricted case is audited. */
    public ProtectionCase read(long id) {
        ProtectionCase found = visible(id);
        if (found.restricted()) {
            audit.record("CASE_VIEWED", "ProtectionCase", found.reference(), "restricted case read");
        }
        return found;
    }

    /** The case for changing by the signed-in user: visible, and the user's roles may change cases. */
    public ProtectionCase write(long id) {
        ProtectionCase found = visible(id);
        if (!scope().writer()) {
            throw new DomainException(403, "case.readOnly");
        }
        return found;
    }

    /** Whether the signed-in user still sees the case, say after leaving its team; nothing is audited. */
    public boolean stillVisible(long id) {
        StaffUser user = currentUser();
        return cases.byId(id).filter(c -> CaseScope.of(user).sees(c, cases.onTeam(id, user.id()))).isPresent();
    }

    /** Whether the signed-in user may read the case's confidential notes. */
    public boolean seesConfidential(ProtectionCase found) {
        StaffUser user = currentUser();
        return CaseScope.of(user).seesConfidential(found, cases.onTeam(found.id(), user.id()));
    }

    private ProtectionCase visible(long id) {
        StaffUser user = currentUser();
        ProtectionCase found = cases.byId(id).orElseThrow(DomainException::notFound);
        if (!CaseScope.of(user).sees(found, cases.onTeam(id, user.id()))) {
            throw DomainException.notFound();
        }
        return found;
    }
}
