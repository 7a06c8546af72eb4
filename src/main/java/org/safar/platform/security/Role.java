package org.safar.platform.security;

/**
 * What a staff account may do. Roles add up: a user may hold several. Scope (which offices' records) comes from
 * the user's offices, see {@link StaffUser#officeIds()}.
 */
public enum Role {
    ADMIN, SUPERVISOR, CASE_WORKER, CONSULAR_OFFICER, LICENSING_OFFICER, TRAINER, PROGRAMME_MANAGER, ANALYST,
    AUDITOR, PARTNER, AGENCY;

    /** The authority name Spring Security checks, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Message key of the role's name in the bundles. */
    public String messageKey() {
        return "role." + name();
    }
}
