package org.safar.platform.profile;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** A new API token: what the owner calls it (which client uses it) and the last day it works. */
class TokenForm {

    private String name = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;

    static TokenForm expiringOn(LocalDate expiresOn) {
        TokenForm form = new TokenForm();
        form.expiresOn = expiresOn;
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
