package org.safar.platform.admin;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.safar.platform.accounts.Office;
import org.safar.platform.accounts.OfficeKind;
import org.safar.platform.accounts.Offices;
import org.springframework.stereotype.Component;

/** The offices an administrator can give a user, as the user pages show them: by kind, named for the reader. */
@Component
class AccountChoices {

    private final Offices offices;

    AccountChoices(Offices offices) {
        this.offices = offices;
    }

    /** An office as a choice in a form or a filter. */
    record OfficeChoice(long id, String name, boolean active) {
    }

    Map<OfficeKind, List<OfficeChoice>> officesByKind(Locale locale) {
        Map<OfficeKind, List<OfficeChoice>> groups = new EnumMap<>(OfficeKind.class);
        for (Office office : offices.all()) {
            groups.computeIfAbsent(office.kind(), kind -> new ArrayList<>())
                    .add(new OfficeChoice(office.id(), office.name(locale), office.active()));
        }
        return groups;
    }

    Map<Long, String> officeNames(Locale locale) {
        return offices.all().stream().collect(Collectors.toMap(Office::id, office -> office.name(locale)));
    }
}
