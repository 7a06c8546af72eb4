package org.safar.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Facts about the operating agency shown on public pages, as {@code ${@portal.helpline()}}. */
@Component("portal")
public class PortalSettings {

    private final String helpline;

    PortalSettings(@Value("${safar.portal.helpline:}") String helpline) {
        this.helpline = helpline.trim();
    }

    /** The helpline number migrants can call, or empty when the operator has not configured one. */
    public String helpline() {
        return helpline;
    }

    public boolean hasHelpline() {
        return !helpline.isEmpty();
    }
}
