package org.safar.mobility.applications;

import java.util.List;
import java.util.Locale;

import org.safar.people.PersonId;
import org.safar.people.ProfileSection;
import org.safar.platform.security.Role;
import org.safar.platform.security.StaffUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The person's applications on their profile: each vacancy applied to, its status, and departure and return
 * when recorded. Shown to readers of the registry who work with migration (agencies never open profiles).
 */
@Component
class ApplicationsProfileSection implements ProfileSection {

    private final Applications applications;
    private final MessageSource messages;

    ApplicationsProfileSection(Applications applications, MessageSource messages) {
        this.applications = applications;
        this.messages = messages;
    }

    @Override
    public String id() {
        return "applications";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Shown entriesFor(PersonId person, Locale reader) {
        boolean mayRead = StaffUser.current().map(user -> !user.has(Role.AGENCY) || user.roles().size() > 1)
                .orElse(false);
        if (!mayRead) {
            return Shown.hidden();
        }
        List<Entry> entries = applications.ofPerson(person).stream().map(a -> new Entry(a.reference(),
                "/mobility/vacancies/" + a.vacancyId() + "#applications",
                a.vacancyTitle() + " — " + a.agencyName() + " (" + org.safar.mobility.licensing.Destinations.name(a.country(), reader)
                        + ")" + journey(a, reader),
                messages.getMessage(a.status().messageKey(), null, reader), a.appliedOn())).toList();
        return new Shown(true, messages.getMessage("application.section.title", null, reader),
                messages.getMessage("application.section.empty", null, reader), entries, null);
    }

    private String journey(VacancyApplication a, Locale reader) {
        StringBuilder text = new StringBuilder();
        if (a.departedOn() != null) {
            text.append("; ").append(messages.getMessage("application.departed.line",
                    new Object[] { a.departedOn().toString(), a.contractEndsOn().toString() }, reader));
        }
        if (a.returnedOn() != null) {
            text.append("; ").append(messages.getMessage("application.returned.line",
                    new Object[] { a.returnedOn().toString() }, reader));
        }
        return text.toString();
    }
}
