package org.safar.mobility.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;

import org.safar.mobility.licensing.Destinations;
import org.safar.mobility.vacancies.Occupation;
import org.safar.mobility.vacancies.Occupations;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Names and amounts for the module's pages in the reader's language: {@code ${@mobility.country('KR')}}. */
@Component("mobility")
public class MobilityViews {

    private final Occupations occupations;

    MobilityViews(Occupations occupations) {
        this.occupations = occupations;
    }

    public String country(String code) {
        return Destinations.name(code, LocaleContextHolder.getLocale());
    }

    public List<String> countries() {
        return Destinations.sortedFor(LocaleContextHolder.getLocale());
    }

    public String occupation(String code) {
        return occupations.find(code).map(o -> o.name(LocaleContextHolder.getLocale())).orElse(code);
    }

    public List<Occupation> units() {
        return occupations.units();
    }

    public String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " " + currency;
    }

    public List<String> currencies() {
        return List.of("USD", "EUR", "GBP", "RUB", "KZT", "KRW", "TRY", "AED", "JPY", "PLN", "UZS");
    }
}
