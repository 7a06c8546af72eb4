package org.safar.protection.providers;

import org.safar.platform.audit.Auditable;

/** A PARTNER user account was attached to a provider, or detached from it. */
public record PartnerAccountChanged(long userId, String username, long providerId, boolean linked)
        implements Auditable {

    @Override
    public String auditAction() {
        return linked ? "PARTNER_LINKED" : "PARTNER_UNLINKED";
    }

    @Override
    public String auditEntityType() {
        return "ServiceProvider";
    }

    @Override
    public String auditEntityId() {
        return Long.toString(providerId);
    }

    @Override
    public String auditSummary() {
        return username + (linked ? " works for provider " : " no longer works for provider ") + providerId;
    }
}
