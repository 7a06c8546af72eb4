package org.safar.protection.web;

import java.util.Locale;

import org.safar.people.People;
import org.safar.people.PersonId;
import org.safar.platform.accounts.Office;
import org.safar.platform.accounts.Offices;
import org.safar.protection.cases.CaseStaff;
import org.safar.protection.cases.CaseType;
import org.safar.protection.cases.CaseTypes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names of what a case points to by id — type, office, staff member, person — in the reader's language and
 * script, for templates as {@code ${@caseLabels.type(c.typeId())}}.
 */
@Component("caseLabels")
public class CaseLabels {

    private final CaseTypes types;
    private final Offices offices;
    private final CaseStaff staff;
    private final People people;

    CaseLabels(CaseTypes types, Offices offices, CaseStaff staff, People people) {
        this.types = types;
        this.offices = offices;
        this.staff = staff;
        this.people = people;
    }

    public String type(Long id) {
        return id == null ? "" : types.byId(id).map(t -> t.name(locale())).orElse("");
    }

    /** Type and sub-type as one label: "Trafficking in persons — Labour exploitation". */
    public String typeAndSubtype(long typeId, Long subtypeId) {
        return subtypeId == null ? type(typeId) : type(typeId) + " — " + type(subtypeId);
    }

    public String typeCode(long id) {
        return types.byId(id).map(CaseType::code).orElse("");
    }

    public String office(long id) {
        return offices.byId(id).map(o -> o.name(locale())).orElse("");
    }

    public String officeCode(long id) {
        return offices.byId(id).map(Office::code).orElse("");
    }

    public String staff(Long id) {
        return staff.nameOf(id).orElse("");
    }

    public String person(Long id) {
        return id == null ? "" : people.find(PersonId.of(id)).map(p -> People.nameFor(p, locale())).orElse("");
    }

    public String personReference(long id) {
        return people.find(PersonId.of(id)).map(p -> p.reference()).orElse("");
    }

    /** A money amount kept in minor units, shown in major units (as many decimals as the currency has). */
    public String money(Long minor, String currency) {
        if (minor == null) {
            return "";
        }
        int digits = MoneyAmounts.fractionDigits(currency);
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(java.math.BigDecimal.valueOf(minor, digits)) + " " + currency;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
