package org.safar.mobility.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Optional;

import org.safar.mobility.licensing.Destinations;
import org.safar.mobility.vacancies.Occupation;
import org.safar.mobility.vacancies.Occupations;
import org.safar.people.PersonId;
import org.safar.training.CertificateSummary;
import org.safar.training.CourseSummary;
import org.safar.training.TrainingRecords;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Names and amounts for the module's pages in the reader's language: {@code ${@mobility.country('KR')}}. */
@Component("mobility")
public class MobilityViews {

    private final Occupations occupations;
    private final TrainingRecords training;

    MobilityViews(Occupations occupations, TrainingRecords training) {
        this.occupations = occupations;
        this.training = training;
    }

    /** The pre-departure courses a vacancy may require, by name in the reader's language. */
    public List<CourseSummary> courses() {
        return training.courses();
    }

    /** A course's name in the reader's language, or its code when no such course exists (any more). */
    public String course(String code) {
        return training.courses().stream().filter(c -> c.code().equals(code)).findFirst()
                .map(c -> c.name(LocaleContextHolder.getLocale())).orElse(code);
    }

    /**
     * Whether the applicant holds a valid certificate of the course the vacancy requires: the certificate's code,
     * or empty when they do not (or nothing is required).
     */
    public Optional<CertificateSummary> certificate(Long personId, String courseCode) {
        if (personId == null || courseCode == null || courseCode.isBlank()) {
            return Optional.empty();
        }
        return training.validCertificate(PersonId.of(personId), courseCode);
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
