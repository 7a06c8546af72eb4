package org.safar.platform.accounts;

import org.safar.platform.DomainException;
import org.safar.platform.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and editing offices, audited. */
@Service
public class OfficeAdministration {

    private static final String ENTITY = "Office";

    private final Offices offices;
    private final AuditTrail audit;

    OfficeAdministration(Offices offices, AuditTrail audit) {
        this.offices = offices;
        this.audit = audit;
    }

    @Transactional
    public long create(Office office) {
        check(office, null);
        long id = offices.create(office);
        audit.record("OFFICE_CREATED", ENTITY, id, describe(office));
        return id;
    }

    @Transactional
    public void update(Office office) {
        offices.byId(office.id()).orElseThrow(DomainException::notFound);
        check(office, office.id());
        offices.update(office);
        audit.record("OFFICE_UPDATED", ENTITY, office.id(), describe(office));
    }

    private void check(Office office, Long id) {
        if (offices.codeTaken(office.code(), id)) {
            throw new DomainException(409, "office.code.taken", office.code());
        }
    }

    private static String describe(Office office) {
        return office.code() + " " + office.kind() + " " + office.nameEn() + (office.active() ? "" : " inactive");
    }
}
