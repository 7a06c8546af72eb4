package org.safar.platform.audit.web;

import java.util.ArrayList;
import java.util.List;

import org.safar.platform.audit.AuditVerification;

/**
 * The actions a reader can pick in the filter, each translated as {@code audit.action.<CODE>}. A business
 * module that records new actions adds its codes here and their names to its bundles; a code missing here can
 * still be searched by typing its code into the address, and is shown as stored.
 */
final class AuditActions {

    static final List<String> KNOWN = List.of("LOGIN", "LOGIN_FAILED", "LOGOUT", "USER_CREATED", "USER_UPDATED",
            "USER_DISABLED", "USER_ENABLED", "PASSWORD_RESET", "PASSWORD_CHANGED", "OFFICE_CREATED",
            "OFFICE_UPDATED", "TOKEN_ISSUED", "TOKEN_REVOKED", AuditVerification.ACTION);

    private AuditActions() {
    }

    /** The known actions, plus the one asked for if it is not among them, so the form shows what was searched. */
    static List<String> choices(String selected) {
        if (selected == null || selected.isBlank() || KNOWN.contains(selected.trim())) {
            return KNOWN;
        }
        List<String> choices = new ArrayList<>(KNOWN);
        choices.add(selected.trim());
        return choices;
    }
}
