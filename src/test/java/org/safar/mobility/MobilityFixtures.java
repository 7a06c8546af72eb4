package org.safar.mobility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.safar.mobility.licensing.AgencyForm;
import org.safar.mobility.licensing.AgencyUsers;
import org.safar.mobility.licensing.EmployerForm;
import org.safar.mobility.licensing.Employers;
import org.safar.mobility.licensing.LicensingDesk;
import org.safar.mobility.vacancies.VacancyDesk;
import org.safar.mobility.vacancies.VacancyForm;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Agencies, employers and vacancies for tests that share one database: every agency gets a tax and licence
 * number of its own and a name nobody else has, so a test finds only what it made.
 */
@Component
public class MobilityFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final LicensingDesk licensing;
    private final Employers employers;
    private final VacancyDesk vacancies;
    private final AgencyUsers agencyUsers;

    MobilityFixtures(LicensingDesk licensing, Employers employers, VacancyDesk vacancies, AgencyUsers agencyUsers) {
        this.licensing = licensing;
        this.employers = employers;
        this.vacancies = vacancies;
        this.agencyUsers = agencyUsers;
    }

    /** A made-up agency: its id, name, tax number and licence number. */
    public record MadeAgency(long id, String name, String taxNumber, String licenceNumber) {
    }

    /** An agency with an active licence for {@code countries} (Russia and Korea when none given). */
    public MadeAgency agency(String... countries) {
        int n = SEQUENCE.incrementAndGet();
        String unique = Long.toString(System.nanoTime() % 1_000_000, 36) + n;
        AgencyForm form = new AgencyForm();
        form.setLegalName("Test Agency " + unique.toUpperCase());
        form.setTaxNumber(String.format("%09d", ThreadLocalRandom.current().nextInt(400_000_000, 999_999_999)));
        form.setAddress("Toshkent, Test koʻchasi " + n);
        form.setPhone("+998 71 000 00 " + (n % 100));
        form.setLicenceNumber("T-" + unique.toUpperCase());
        form.setIssuedOn(LocalDate.now().minusMonths(6));
        form.setExpiresOn(LocalDate.now().plusYears(2));
        form.setCountries(countries.length == 0 ? List.of("RU", "KR") : List.of(countries));
        long id = asSystem(() -> licensing.register(form));
        return new MadeAgency(id, form.getLegalName(), form.getTaxNumber(), form.getLicenceNumber());
    }

    public long employer(String country) {
        EmployerForm form = new EmployerForm();
        form.setName("Test Employer " + SEQUENCE.incrementAndGet());
        form.setCountry(country);
        form.setRegistrationNumber("REG-" + System.nanoTime());
        form.setSector("Construction");
        return asSystem(() -> employers.register(form));
    }

    /** A complete vacancy form in {@code country} for {@code employer}. */
    public static VacancyForm vacancy(long employer, String country, String title) {
        VacancyForm form = new VacancyForm();
        form.setEmployerId(employer);
        form.setTitle(title);
        form.setOccupationCode("7112");
        form.setCountry(country);
        form.setCity("Moscow");
        form.setPosts(5);
        form.setWage(new BigDecimal("1234"));
        form.setCurrency("USD");
        form.setWagePeriod("MONTH");
        form.setHoursPerWeek(40);
        form.setAccommodation("Dormitory");
        form.setTravel("Paid by the employer");
        form.setContractMonths(12);
        form.setClosingOn(LocalDate.now().plusMonths(1));
        return form;
    }

    /** A vacancy of the agency drafted, submitted and verified: published, as the public sees it. */
    public long publishedVacancy(MadeAgency agency, String country, String title) {
        long employer = employer(country);
        return asSystem(() -> {
            long id = vacancies.draft(agency.id(), vacancy(employer, country, title));
            vacancies.submit(id, Optional.empty());
            vacancies.verify(id);
            return id;
        });
    }

    public void link(String username, MadeAgency agency) {
        asSystem(() -> {
            agencyUsers.link(username, agency.id());
            return null;
        });
    }

    public static <T> T asSystem(java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        if (previous == null) {
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                    "test-fixture", null, AuthorityUtils.NO_AUTHORITIES));
        }
        try {
            return work.get();
        }
        finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Helper to keep lambdas short. */
    public static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }
}
