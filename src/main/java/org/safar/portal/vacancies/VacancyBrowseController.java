package org.safar.portal.vacancies;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.safar.mobility.PublicVacancies;
import org.safar.mobility.PublicVacancy;
import org.safar.platform.DomainException;
import org.safar.platform.ratelimit.RateLimited;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Verified vacancies abroad for the public: a list filtered by country, occupation and wage, and one vacancy with
 * its terms, its agency's licence and how to go safely. Only what licensing officers verified and what an active
 * licence covers is ever shown; everything else is "not found".
 */
@Controller
class VacancyBrowseController {

    static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "RUB", "KZT", "KRW", "TRY", "AED");

    private final PublicVacancies vacancies;

    VacancyBrowseController(PublicVacancies vacancies) {
        this.vacancies = vacancies;
    }

    @GetMapping("/vacancies")
    @RateLimited("vacancy-pages")
    String list(@RequestParam(required = false) String country, @RequestParam(required = false) String occupation,
            @RequestParam(required = false) String currency, @RequestParam(required = false) String minWage,
            Locale locale, Model model) {
        String chosenCountry = country != null && country.matches("[A-Z]{2}") ? country : null;
        String chosenOccupation = occupation != null && occupation.matches("[0-9]{1,4}") ? occupation : null;
        String chosenCurrency = currency != null && CURRENCIES.contains(currency) ? currency : null;
        BigDecimal wage = null;
        boolean wageInvalid = false;
        if (minWage != null && !minWage.isBlank()) {
            try {
                wage = new BigDecimal(minWage.strip().replace(',', '.').replace(" ", ""));
                wageInvalid = wage.signum() < 0 || wage.compareTo(BigDecimal.valueOf(100_000_000)) > 0;
            }
            catch (NumberFormatException notANumber) {
                wageInvalid = true;
            }
        }
        boolean wageWithoutCurrency = wage != null && !wageInvalid && chosenCurrency == null;
        List<PublicVacancy> found = vacancies.search(new PublicVacancies.Filter(chosenCountry, chosenOccupation,
                chosenCurrency, wageInvalid ? null : wage), locale);
        model.addAttribute("vacancies", found);
        model.addAttribute("country", chosenCountry);
        model.addAttribute("occupation", chosenOccupation);
        model.addAttribute("currency", chosenCurrency);
        model.addAttribute("minWage", minWage == null ? "" : minWage.strip());
        model.addAttribute("wageInvalid", wageInvalid);
        model.addAttribute("wageWithoutCurrency", wageWithoutCurrency);
        model.addAttribute("countries", List.of("RU", "KZ", "KR", "TR", "AE", "GB", "DE", "PL", "JP", "IL", "SA",
                "QA", "LV", "LT", "CZ", "HU", "BG", "SK", "KG"));
        model.addAttribute("occupations", vacancies.occupations(locale));
        model.addAttribute("currencies", CURRENCIES);
        return "portal/vacancies";
    }

    @GetMapping("/vacancies/{id}")
    @RateLimited("vacancy-pages")
    String vacancy(@PathVariable String id, Locale locale, Model model) {
        if (!id.matches("[0-9]{1,12}")) {
            throw new DomainException(404, "portal.vacancy.notFound");
        }
        PublicVacancy vacancy = vacancies.find(Long.parseLong(id), locale)
                .orElseThrow(() -> new DomainException(404, "portal.vacancy.notFound"));
        model.addAttribute("vacancy", vacancy);
        return "portal/vacancy";
    }
}
