package org.safar.mobility;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.safar.mobility.licensing.Agencies;
import org.safar.mobility.licensing.Employer;
import org.safar.mobility.licensing.Employers;
import org.safar.mobility.vacancies.Occupation;
import org.safar.mobility.vacancies.Occupations;
import org.safar.mobility.vacancies.Vacancies;
import org.safar.mobility.vacancies.Vacancy;
import org.springframework.stereotype.Service;

/** The verified vacancies the public may browse: published, still open, of an agency licensed for the country. */
@Service
public class PublicVacancies {

    public static final int LIMIT = 100;

    private final Vacancies vacancies;
    private final Agencies agencies;
    private final Employers employers;
    private final Occupations occupations;
    private final Clock clock;

    PublicVacancies(Vacancies vacancies, Agencies agencies, Employers employers, Occupations occupations,
            Clock clock) {
        this.vacancies = vacancies;
        this.agencies = agencies;
        this.employers = employers;
        this.occupations = occupations;
        this.clock = clock;
    }

    /** A filter of the list; null fields do not filter. {@code minMonthlyWage} applies within {@code currency}. */
    public record Filter(String country, String occupation, String currency, BigDecimal minMonthlyWage) {
    }

    /** An occupation to choose in the filter: an ISCO code and its name in the reader's language. */
    public record Choice(String code, String name) {
    }

    public List<PublicVacancy> search(Filter filter, Locale reader) {
        Long minWage = filter.minMonthlyWage() == null || filter.currency() == null ? null
                : filter.minMonthlyWage().movePointRight(2).longValue();
        return vacancies.published(new Vacancies.PublicFilter(filter.country(), filter.occupation(),
                filter.currency(), minWage), today(), LIMIT).stream().map(v -> shown(v, reader)).toList();
    }

    /** The vacancy, only while it is public. */
    public Optional<PublicVacancy> find(long id, Locale reader) {
        if (!vacancies.isPublic(id, today())) {
            return Optional.empty();
        }
        return vacancies.byId(id).map(v -> shown(v, reader));
    }

    /** The unit groups of the occupations ISCO lists, for the filter, in the reader's language. */
    public List<Choice> occupations(Locale reader) {
        return occupations.all().stream().filter(o -> o.level() == 4 || o.level() == 1)
                .map(o -> new Choice(o.code(), (o.level() == 1 ? "" : "\u2003") + o.name(reader))).toList();
    }

    private PublicVacancy shown(Vacancy v, Locale reader) {
        Employer employer = employers.require(v.employerId());
        LicenceCheck licence = agencies.byId(v.agencyId()).orElseThrow().check();
        String occupation = occupations.find(v.occupationCode()).map(o -> o.name(reader)).orElse(v.occupationCode());
        return new PublicVacancy(v.id(), v.reference(), v.title(), v.occupationCode(), occupation, v.country(),
                v.city(), v.posts(), v.wage(), v.currency(), v.wagePeriod(), v.hoursPerWeek(), v.accommodation(),
                v.travel(), v.contractMonths(), v.languageRequirement(), v.skillRequirement(),
                v.requiredCourseCode(), v.closingOn(), employer.name(), employer.sector(), licence);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
