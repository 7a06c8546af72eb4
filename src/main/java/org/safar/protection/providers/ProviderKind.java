package org.safar.protection.providers;

/** What kind of organisation a service provider is. */
public enum ProviderKind {
    NGO, SHELTER, LAWYER, CLINIC, CONSULATE, IOM_OFFICE;

    public String messageKey() {
        return "provider.kind." + name();
    }
}
