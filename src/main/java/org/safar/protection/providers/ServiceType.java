package org.safar.protection.providers;

/**
 * A service a provider offers and a referral asks for, by the needs a case assessment names: a safe place to stay,
 * legal aid, medical care, and so on.
 */
public enum ServiceType {
    SHELTER, LEGAL, MEDICAL, PSYCHOSOCIAL, DOCUMENTS, RETURN, REINTEGRATION, FOOD, FINANCIAL, EMPLOYMENT, EDUCATION,
    TRACING;

    public String messageKey() {
        return "provider.service." + name();
    }
}
