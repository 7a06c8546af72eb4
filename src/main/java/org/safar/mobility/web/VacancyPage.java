package org.safar.mobility.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import org.safar.mobility.applications.ApplicantForm;
import org.safar.mobility.applications.ApplicationStatus;
import org.safar.mobility.applications.Applications;
import org.safar.mobility.applications.VacancyApplication;
import org.safar.mobility.licensing.Agencies;
import org.safar.mobility.licensing.Employers;
import org.safar.mobility.vacancies.Vacancies;
import org.safar.mobility.vacancies.Vacancy;
import org.safar.people.People;
import org.safar.people.PersonId;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The vacancy's page: its terms, history and applicants with their names in the reader's script, and the
 * applicant form (empty, or as typed when an entry was refused).
 */
@Component
class VacancyPage {

    private final Vacancies vacancies;
    private final Agencies agencies;
    private final Employers employers;
    private final Applications applications;
    private final People people;
    private final Clock clock;

    VacancyPage(Vacancies vacancies, Agencies agencies, Employers employers, Applications applications,
            People people, Clock clock) {
        this.vacancies = vacancies;
        this.agencies = agencies;
        this.employers = employers;
        this.applications = applications;
        this.people = people;
        this.clock = clock;
    }

    String show(Vacancy vacancy, Locale locale, Model model) {
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("agency", agencies.byId(vacancy.agencyId()).orElseThrow());
        model.addAttribute("employer", employers.require(vacancy.employerId()));
        model.addAttribute("history", vacancies.historyOf(vacancy.id()));
        var applicants = applications.ofVacancy(vacancy.id());
        model.addAttribute("applications", applicants);
        model.addAttribute("applicantNames", applicants.stream().map(VacancyApplication::personId).distinct()
                .collect(Collectors.toMap(person -> person, person -> people.find(PersonId.of(person))
                        .map(p -> People.nameFor(p, locale)).orElse("—"))));
        model.addAttribute("public", vacancies.isPublic(vacancy.id(), LocalDate.now(clock)));
        model.addAttribute("departed", ApplicationStatus.DEPARTED);
        model.addAttribute("returned", ApplicationStatus.RETURNED);
        model.addAttribute("passportCountries", ApplicantForm.COUNTRIES);
        if (!model.containsAttribute("applicant")) {
            model.addAttribute("applicant", new ApplicantForm());
        }
        return "mobility/vacancy";
    }
}
