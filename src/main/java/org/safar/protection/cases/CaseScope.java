package org.safar.protection.cases;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.safar.platform.security.Role;
import org.safar.platform.security.StaffUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which cases a staff member may see, as one rule used by every query and every single read (see
 * docs/adr/0007-case-workflow-and-access.md):
 * <ul>
 * <li>only the case roles see cases at all: {@link #READERS}; of them auditors only read;</li>
 * <li>a case is seen by the staff of its owning office; members of headquarters see every office's cases;</li>
 * <li>a restricted case is seen only by its assigned worker, its team, and supervisors within the scope above.</li>
 * </ul>
 */
public record CaseScope(long userId, boolean anyRole, boolean writer, boolean supervisor, boolean allOffices,
        Set<Long> officeIds) {

    /** The roles that work with cases; everybody else sees none (partners see referrals, not cases). */
    public static final Set<Role> READERS = EnumSet.of(Role.SUPERVISOR, Role.CASE_WORKER, Role.CONSULAR_OFFICER,
            Role.AUDITOR);
    /** The roles that change cases: auditors read only. */
    public static final Set<Role> WRITERS = EnumSet.of(Role.SUPERVISOR, Role.CASE_WORKER, Role.CONSULAR_OFFICER);

    public static CaseScope of(StaffUser user) {
        boolean reader = user.roles().stream().anyMatch(READERS::contains);
        return new CaseScope(user.id(), reader, user.roles().stream().anyMatch(WRITERS::contains),
                user.has(Role.SUPERVISOR), user.headquarters(), Set.copyOf(user.officeIds()));
    }

    /** Whether the office's cases are within this scope (restriction aside). */
    public boolean coversOffice(long officeId) {
        return anyRole && (allOffices || officeIds.contains(officeId));
    }

    /** Whether this scope sees the case; {@code onTeam} is whether the user is its worker or on its team. */
    public boolean sees(ProtectionCase c, boolean onTeam) {
        return coversOffice(c.owningOfficeId()) && (!c.restricted() || supervisor || onTeam);
    }

    /** Confidential notes: the assigned team and supervisors in scope. */
    public boolean seesConfidential(ProtectionCase c, boolean onTeam) {
        return coversOffice(c.owningOfficeId()) && (supervisor || onTeam);
    }

    /**
     * The same rule as SQL over {@code protection_case c}, with named parameters bound by {@link #bind}.
     */
    public static final String CONDITION = """
            (:scopeAny and (:scopeAll or c.owning_office_id = any(cast(:scopeOffices as bigint[])))
             and (not c.restricted or :scopeSupervisor or c.assigned_worker_id = :scopeUser
                  or exists (select 1 from protection_case_team st where st.case_id = c.id
                             and st.user_id = :scopeUser)))""";

    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.param("scopeAny", anyRole).param("scopeAll", allOffices)
                .param("scopeOffices", officeIds.stream().map(String::valueOf)
                        .collect(Collectors.joining(",", "{", "}")))
                .param("scopeSupervisor", supervisor).param("scopeUser", userId);
    }
}
