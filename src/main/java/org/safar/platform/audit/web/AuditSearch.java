package org.safar.platform.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.safar.platform.audit.AuditFilter;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filter form as the reader typed it. Every field is text, so that a malformed date becomes a message naming
 * the field instead of a failed request.
 */
class AuditSearch {

    private String actor;
    private String action;
    private String entityType;
    private String entityId;
    private String from;
    private String to;
    private String page;

    /** The filter these fields describe; fields that cannot be read are rejected in {@code errors}. */
    AuditFilter toFilter(Errors errors) {
        LocalDate fromDay = day("from", from, errors);
        LocalDate toDay = day("to", to, errors);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            errors.rejectValue("to", "audit.error.range");
        }
        return new AuditFilter(actor, action, entityType, entityId, fromDay, toDay);
    }

    /** The page asked for, counting from 1; anything unreadable means the first. */
    int pageNumber() {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.trim()));
        }
        catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The address of another page of the same search. */
    String linkTo(int pageNumber) {
        return UriComponentsBuilder.fromPath("/audit")
                .queryParamIfPresent("actor", present(actor))
                .queryParamIfPresent("action", present(action))
                .queryParamIfPresent("entityType", present(entityType))
                .queryParamIfPresent("entityId", present(entityId))
                .queryParamIfPresent("from", present(from))
                .queryParamIfPresent("to", present(to))
                .queryParam("page", pageNumber)
                .encode().build().toUriString();
    }

    private static LocalDate day(String field, String text, Errors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        }
        catch (DateTimeParseException e) {
            errors.rejectValue(field, "audit.error.date",
                    new Object[] { new DefaultMessageSourceResolvable("audit.filter." + field) }, null);
            return null;
        }
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
