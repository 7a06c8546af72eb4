package org.safar.protection.transfers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.safar.platform.DomainException;
import org.safar.platform.accounts.Office;
import org.safar.platform.accounts.Offices;
import org.safar.platform.security.StaffUser;
import org.safar.protection.CaseTransferred;
import org.safar.protection.cases.CaseAccess;
import org.safar.protection.cases.CaseScope;
import org.safar.protection.cases.ProtectionCase;
import org.safar.protection.cases.ProtectionCases;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handing a case from its owning office to another — typically a consulate abroad to the regional office at home
 * when the migrant returns. The case changes office only when a user of the receiving office accepts; until then
 * it stays with its office, and a refusal (with its reason) leaves it there. Before an answer, the sending office
 * may withdraw the request (with its reason), and may then ask again.
 */
@Service
public class Transfers {

    private static final String COLUMNS = """
            id, case_id, from_office_id, to_office_id, reason, status, requested_by, requested_at, decided_by,
            decided_at, refusal_reason, withdrawn_by, withdrawn_at, withdrawal_reason""";

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final ProtectionCases cases;
    private final Offices offices;
    private final ApplicationEventPublisher events;

    Transfers(JdbcClient jdbc, CaseAccess access, ProtectionCases cases, Offices offices,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.cases = cases;
        this.offices = offices;
        this.events = events;
    }

    /** Asks {@code toOfficeId} to take the case; refuses a closed case, the same office, or a second request. */
    @Transactional
    public CaseTransfer request(long caseId, long toOfficeId, String reason) {
        ProtectionCase shown = access.write(caseId);
        if (!shown.isOpen()) {
            throw new DomainException("transfer.caseClosed");
        }
        Office to = offices.byId(toOfficeId).filter(Office::active)
                .orElseThrow(() -> new DomainException("transfer.office.unknown"));
        if (to.id() == shown.owningOfficeId()) {
            throw new DomainException("transfer.office.same");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("transfer.reason.required");
        }
        if (waitingFor(caseId).isPresent()) {
            throw new DomainException("transfer.alreadyWaiting");
        }
        long id = jdbc.sql("""
                insert into case_transfer (case_id, from_office_id, to_office_id, reason, requested_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(caseId, shown.owningOfficeId(), to.id(), reason.trim(), CaseAccess.currentUser().id())
                .query(Long.class).single();
        events.publishEvent(new TransferChanged(id, shown.reference(), to.id(), TransferStatus.REQUESTED));
        return byId(id).orElseThrow();
    }

    /** The receiving office takes the case: it becomes the owner, and the accepting officer its worker. */
    @Transactional
    public CaseTransfer accept(long id) {
        CaseTransfer transfer = forReceiver(id);
        StaffUser user = CaseAccess.currentUser();
        decide(transfer, TransferStatus.ACCEPTED, null);
        ProtectionCase moved = cases.byId(transfer.caseId()).orElseThrow();
        cases.changeOwningOffice(moved.id(), transfer.toOfficeId(), user.id());
        events.publishEvent(new CaseTransferred(moved.caseId(), moved.reference(), transfer.fromOfficeId(),
                transfer.toOfficeId(), user.id()));
        return byId(id).orElseThrow();
    }

    /** The receiving office declines, saying why; the case stays where it was. */
    @Transactional
    public CaseTransfer refuse(long id, String reason) {
        CaseTransfer transfer = forReceiver(id);
        if (reason == null || reason.isBlank()) {
            throw new DomainException("transfer.refusal.required");
        }
        decide(transfer, TransferStatus.REFUSED, reason.trim());
        String reference = cases.byId(transfer.caseId()).map(ProtectionCase::reference).orElse("");
        events.publishEvent(new TransferChanged(id, reference, transfer.toOfficeId(), TransferStatus.REFUSED));
        return byId(id).orElseThrow();
    }

    /**
     * The sending office takes back a transfer still waiting, saying why: a case writer of the case's office (which
     * is still the sending office). The case stays where it is; a new transfer may be asked afterwards.
     */
    @Transactional
    public CaseTransfer withdraw(long id, String reason) {
        CaseTransfer transfer = visible(id);
        if (!access.scope().coversOffice(transfer.fromOfficeId())) {
            throw new DomainException(403, "transfer.notSendingOffice");
        }
        ProtectionCase shown = access.write(transfer.caseId());
        if (!transfer.waiting()) {
            throw new DomainException(409, "transfer.withdraw.notWaiting");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("transfer.withdrawal.required");
        }
        int updated = jdbc.sql("""
                update case_transfer set status = 'WITHDRAWN', withdrawn_by = ?, withdrawn_at = now(),
                       withdrawal_reason = ?
                 where id = ? and status = 'REQUESTED'""")
                .params(CaseAccess.currentUser().id(), reason.trim(), id).update();
        if (updated != 1) {
            throw new DomainException(409, "transfer.withdraw.notWaiting");
        }
        events.publishEvent(new TransferChanged(id, shown.reference(), transfer.toOfficeId(),
                TransferStatus.WITHDRAWN));
        return byId(id).orElseThrow();
    }

    /** Whether the signed-in user may withdraw the transfer: a case writer of the sending office, while it waits. */
    public boolean mayWithdraw(CaseTransfer transfer) {
        CaseScope scope = access.scope();
        return transfer.waiting() && scope.writer() && scope.coversOffice(transfer.fromOfficeId());
    }

    /**
     * A transfer as the signed-in user may see it: staff of the sending or the receiving office (or headquarters)
     * who work with cases. To anyone else it does not exist.
     */
    public CaseTransfer visible(long id) {
        CaseScope scope = access.scope();
        return byId(id).filter(t -> scope.coversOffice(t.fromOfficeId()) || scope.coversOffice(t.toOfficeId()))
                .orElseThrow(DomainException::notFound);
    }

    /** Whether the signed-in user may answer the transfer: a case officer of the receiving office. */
    public boolean mayDecide(CaseTransfer transfer) {
        StaffUser user = CaseAccess.currentUser();
        return transfer.waiting() && access.scope().writer() && user.officeIds().contains(transfer.toOfficeId());
    }

    public List<CaseTransfer> ofCase(long caseId) {
        access.read(caseId);
        return listOf(caseId);
    }

    /** For the case page, which has already let the reader in (a second check would audit the read twice). */
    List<CaseTransfer> listOf(long caseId) {
        return jdbc.sql("select " + COLUMNS
                + " from case_transfer where case_id = ? order by requested_at desc, id desc")
                .param(caseId).query(Transfers::map).list();
    }

    /** Transfers waiting for one of the user's offices, and those the user's offices sent, newest first. */
    public List<CaseTransfer> ofMyOffices() {
        CaseScope scope = access.scope();
        if (!scope.anyRole()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + """
                 from case_transfer
                where :all or to_office_id = any(cast(:offices as bigint[]))
                   or from_office_id = any(cast(:offices as bigint[]))
                order by status = 'REQUESTED' desc, requested_at desc limit 200""")
                .param("all", scope.allOffices())
                .param("offices", scope.officeIds().stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .query(Transfers::map).list();
    }

    public Optional<CaseTransfer> waitingFor(long caseId) {
        return jdbc.sql("select " + COLUMNS + " from case_transfer where case_id = ? and status = 'REQUESTED'")
                .param(caseId).query(Transfers::map).optional();
    }

    Optional<CaseTransfer> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from case_transfer where id = ?").param(id).query(Transfers::map)
                .optional();
    }

    private CaseTransfer forReceiver(long id) {
        CaseTransfer transfer = visible(id);
        if (!CaseAccess.currentUser().officeIds().contains(transfer.toOfficeId()) || !access.scope().writer()) {
            throw new DomainException(403, "transfer.notReceivingOffice");
        }
        if (!transfer.waiting()) {
            throw new DomainException(409, transfer.status() == TransferStatus.WITHDRAWN ? "transfer.withdrawn"
                    : "transfer.alreadyDecided");
        }
        return transfer;
    }

    private void decide(CaseTransfer transfer, TransferStatus status, String refusal) {
        int updated = jdbc.sql("""
                update case_transfer set status = ?, decided_by = ?, decided_at = now(), refusal_reason = ?
                 where id = ? and status = 'REQUESTED'""")
                .params(status.name(), CaseAccess.currentUser().id(), refusal, transfer.id()).update();
        if (updated != 1) {
            boolean withdrawn = byId(transfer.id()).map(CaseTransfer::status)
                    .filter(TransferStatus.WITHDRAWN::equals).isPresent();
            throw new DomainException(409, withdrawn ? "transfer.withdrawn" : "transfer.alreadyDecided");
        }
    }

    private static CaseTransfer map(ResultSet rs, int row) throws SQLException {
        return new CaseTransfer(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("from_office_id"),
                rs.getLong("to_office_id"), rs.getString("reason"), TransferStatus.valueOf(rs.getString("status")),
                rs.getLong("requested_by"), instant(rs, "requested_at"), (Long) rs.getObject("decided_by"),
                instant(rs, "decided_at"), rs.getString("refusal_reason"), (Long) rs.getObject("withdrawn_by"),
                instant(rs, "withdrawn_at"), rs.getString("withdrawal_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
