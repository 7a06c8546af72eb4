package org.safar.protection.providers;

import org.safar.platform.audit.Auditable;

/** A service provider was added to the registry or its details changed. */
public record ProviderSaved(long providerId, String name, boolean created) implements Auditable {

    @Override
    public String auditAction() {
        return created ? "PROVIDER_CREATED" : "PROVIDER_UPDATED";
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
        return name;
    }
}
