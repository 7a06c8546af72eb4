package org.safar.mobility.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.safar.mobility.Complaints;
import org.safar.mobility.applications.ApplicationStatus;
import org.safar.mobility.applications.Applications;
import org.safar.mobility.licensing.AgencyForm;
import org.safar.mobility.licensing.AgencyUsers;
import org.safar.mobility.licensing.EmployerForm;
import org.safar.mobility.licensing.Employers;
import org.safar.mobility.licensing.LicensingDesk;
import org.safar.mobility.vacancies.Vacancies;
import org.safar.mobility.vacancies.VacancyDesk;
import org.safar.mobility.vacancies.VacancyForm;
import org.safar.people.People;
import org.safar.people.PersonId;
import org.safar.platform.accounts.Offices;
import org.safar.platform.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo agencies (four active, one suspended, one expired, one revoked), employers in the main destination
 * countries, vacancies in every state of the workflow, applications of demo people with departures and a
 * return, and complaints. The demo user {@code agency} works for the first agency. Loaded once, after the demo
 * people, through the same services the pages use, so history and audit lines are real.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty(name = "safar.demo-data")
class MobilityDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MobilityDemoData.class);

    private final LicensingDesk licensing;
    private final Employers employers;
    private final AgencyUsers agencyUsers;
    private final VacancyDesk vacancyDesk;
    private final Vacancies vacancies;
    private final Applications applications;
    private final Complaints complaints;
    private final People people;
    private final Offices offices;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private LocalDate today;

    MobilityDemoData(LicensingDesk licensing, Employers employers, AgencyUsers agencyUsers, VacancyDesk vacancyDesk,
            Vacancies vacancies, Applications applications, Complaints complaints, People people, Offices offices,
            JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.licensing = licensing;
        this.employers = employers;
        this.agencyUsers = agencyUsers;
        this.vacancyDesk = vacancyDesk;
        this.vacancies = vacancies;
        this.applications = applications;
        this.complaints = complaints;
        this.people = people;
        this.offices = offices;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select exists (select 1 from agency)").query(Boolean.class).single()) {
            return;
        }
        RunAs.system(RunAs.DEMO, () -> transaction.executeWithoutResult(status -> load()));
        log.info("Demo data loaded: agencies, employers, vacancies, applications and complaints");
    }

    private void load() {
        today = LocalDate.now(clock);
        long osiyo = agency("Osiyo Mehnat Servis MChJ", "305111001", "Toshkent sh., Yunusobod t., Amir Temur koʻchasi 107",
                "+998 71 200 11 01", "LIC-0101", today.minusYears(1), today.plusYears(2), "RU", "KZ", "TR");
        long koreya = agency("Koreya Ish Yoʻli MChJ", "305111002", "Toshkent sh., Mirobod t., Nukus koʻchasi 24",
                "+998 71 200 11 02", "LIC-0102", today.minusMonths(30), today.plusDays(20), "KR", "JP");
        long euro = agency("Euro Work Bridge MChJ", "305111003", "Samarqand sh., Registon koʻchasi 5",
                "+998 66 233 40 40", "LIC-0103", today.minusMonths(8), today.plusYears(3), "DE", "GB", "PL", "LV");
        long gulf = agency("Gulf Career Tashkent MChJ", "305111004", "Toshkent sh., Chilonzor t., Bunyodkor 12",
                "+998 71 200 11 04", "LIC-0104", today.minusMonths(14), today.plusYears(1), "AE", "SA", "QA", "TR");
        long samarqand = agency("Samarqand Kadrlar Markazi MChJ", "305111005", "Samarqand sh., Dagbitskiy koʻchasi 19",
                "+998 66 233 51 51", "LIC-0105", today.minusMonths(20), today.plusYears(1), "RU", "KZ");
        long fargona = agency("Fargʻona Xalqaro Bandlik MChJ", "305111006", "Fargʻona sh., Mustaqillik koʻchasi 33",
                "+998 73 244 60 60", "LIC-0106", today.minusYears(3), today.minusDays(12), "RU");
        long tezViza = agency("Tez Viza Servis MChJ", "305111007", "Toshkent sh., Olmazor t., Qorasaroy 7",
                "+998 71 200 11 07", "LIC-0107", today.minusYears(2), today.plusYears(1), "RU", "TR", "AE");

        long stroy = employer("StroyMontazh LLC", "RU", "1157746000123", "Construction");
        long kuban = employer("Agrokompleks Kuban JSC", "RU", "1022301000456", "Agriculture");
        long vostok = employer("Vostok Trade LLC", "RU", "1187746000789", "Logistics");
        long almaty = employer("Almaty Build Group LLP", "KZ", "180540012345", "Construction");
        long hanil = employer("Hanil Manufacturing Co., Ltd.", "KR", "134-81-23456", "Manufacturing");
        long anadolu = employer("Anadolu Tekstil A.Ş.", "TR", "0123456789", "Garments");
        long desert = employer("Desert Star Facilities Management LLC", "AE", "CN-1234567", "Facilities and hospitality");
        long fields = employer("Green Fields Farms Ltd", "GB", "09876543", "Seasonal agriculture");
        long pflege = employer("Pflegedienst Sonnenschein GmbH", "DE", "HRB 123456", "Elderly care");
        long bau = employer("Bau & Technik Müller GmbH", "DE", "HRB 654321", "Construction");
        employers.flag(vostok, "BARRED", "Workers recruited in 2025 were not paid for three months (case of the consulate in Moscow).");
        employers.flag(anadolu, "INVESTIGATION", "Complaint about withheld passports, under review with the labour attaché.");

        agencyUsers.link("agency", osiyo);

        long bricklayers = published(osiyo, stroy, "Bricklayer", "7112", "RU", "Moscow", 40, "1200", "USD", "MONTH",
                48, "Dormitory near the site, 4 per room, free", "Employer pays the flight after 3 months of work", 12,
                "Basic Russian", "2 years of masonry", null);
        long concrete = published(osiyo, almaty, "Concrete worker", "7114", "KZ", "Almaty", 25, "420000", "KZT",
                "MONTH", 45, "Hostel provided, 15 000 KZT a month deducted", "Bus from Tashkent paid by the agency", 9,
                "Basic Russian", null, null);
        long sewing = submitted(osiyo, anadolu, "Sewing machine operator", "8153", "TR", "Istanbul", 30, "21000",
                "TRY", "MONTH", 45, "Shared flat, paid by the employer", "Worker pays the flight", 12, null,
                "Industrial sewing machine experience");
        long welder = vacancyDesk.draft(osiyo, form(stroy, "Welder (MIG/MAG)", "7212", "RU", "Kazan", 6, "1500",
                "USD", "MONTH", 48, "Dormitory, free", "Employer pays the flight", 12, "Basic Russian",
                "Welding certificate", null));
        long drivers = submitted(osiyo, almaty, "Truck driver", "8332", "KZ", "Shymkent", 10, "550000", "KZT",
                "MONTH", 50, "Not provided", "Worker pays", 12, "Russian", "Category C and E licence");
        vacancyDesk.reject(drivers, "The wage and hours do not match the employer's demand letter; send the signed letter.");
        long pickers = published(osiyo, kuban, "Vegetable picker", "9211", "RU", "Krasnodar", 60, "850", "USD",
                "MONTH", 48, "Field camp, free", "Train tickets paid by the employer", 6, null, null, null);
        vacancyDesk.close(pickers, java.util.Optional.empty(), "All posts filled");

        long assembly = published(koreya, hanil, "Production line worker (EPS)", "9329", "KR", "Incheon", 15, "2100000",
                "KRW", "MONTH", 40, "Company dormitory, 200 000 KRW a month", "Flight paid by the worker, refunded after 6 months",
                36, "Korean, EPS-TOPIK level 2", null, "KR-ORI");
        submitted(koreya, hanil, "Food machine operator", "8160", "KR", "Busan", 8, "2200000", "KRW", "MONTH", 40,
                "Company dormitory", "Flight paid by the worker", 36, "Korean, EPS-TOPIK level 2", null);

        long carers = published(euro, pflege, "Elderly care assistant", "5322", "DE", "Hamburg", 12, "2600", "EUR",
                "MONTH", 38, "Help to find a flat; first month paid", "Flight and visa paid by the employer", 24,
                "German B1", "Care experience or nursing college", "CARE");
        long fruit = published(euro, fields, "Seasonal fruit picker", "9211", "GB", "Kent", 80, "12.21", "GBP", "HOUR",
                39, "Caravan on the farm, 60 GBP a week", "Worker pays the flight; visa fee refunded", 6,
                "Basic English", null, null);
        submitted(euro, bau, "Building electrician", "7411", "DE", "Berlin", 5, "3100", "EUR", "MONTH", 40,
                "Flat share arranged by the employer", "Flight paid by the employer", 24, "German A2",
                "Electrician diploma");

        long cleaners = published(gulf, desert, "Hotel cleaner", "9112", "AE", "Dubai", 35, "1800", "AED", "MONTH", 48,
                "Staff accommodation and meals, free", "Flight paid by the employer", 24, "Basic English", null, null);
        long waiters = published(gulf, desert, "Waiter", "5131", "AE", "Abu Dhabi", 20, "2200", "AED", "MONTH", 48,
                "Staff accommodation, free", "Flight paid by the employer", 24, "English", "Hotel service experience", null);

        long labourers = published(samarqand, stroy, "Construction labourer", "9313", "RU", "Saint Petersburg", 50,
                "900", "USD", "MONTH", 48, "Dormitory", "Worker pays the train", 12, null, null, null);
        licensing.suspend(samarqand, "Charged migrants 1 500 USD in fees; inspection of 12 March found no contracts.");

        published(fargona, kuban, "Greenhouse worker", "6111", "RU", "Lipetsk", 30, "800", "USD", "MONTH", 48,
                "Dormitory", "Employer pays the train", 8, null, null, null);
        licensing.expireOverdue();

        published(tezViza, stroy, "Plasterer", "7123", "RU", "Moscow", 20, "1100", "USD", "MONTH", 48, "Dormitory",
                "Worker pays", 12, null, null, null);
        licensing.revoke(tezViza, "Issued fake job offers for Dubai; criminal case opened by the prosecutor.");

        List<PersonId> demoPeople = demoPeople(14);
        if (demoPeople.size() >= 14) {
            apply(bricklayers, demoPeople.get(0), ApplicationStatus.SHORTLISTED, ApplicationStatus.OFFERED,
                    ApplicationStatus.CONTRACT_SIGNED, ApplicationStatus.DEPARTED);
            apply(bricklayers, demoPeople.get(1), ApplicationStatus.SHORTLISTED);
            apply(bricklayers, demoPeople.get(2));
            apply(bricklayers, demoPeople.get(3), ApplicationStatus.REJECTED);
            apply(concrete, demoPeople.get(4), ApplicationStatus.SHORTLISTED, ApplicationStatus.OFFERED);
            apply(concrete, demoPeople.get(5), ApplicationStatus.WITHDRAWN);
            apply(assembly, demoPeople.get(6), ApplicationStatus.SHORTLISTED, ApplicationStatus.OFFERED,
                    ApplicationStatus.CONTRACT_SIGNED);
            apply(carers, demoPeople.get(7), ApplicationStatus.SHORTLISTED, ApplicationStatus.OFFERED,
                    ApplicationStatus.CONTRACT_SIGNED, ApplicationStatus.DEPARTED, ApplicationStatus.RETURNED);
            apply(carers, demoPeople.get(8));
            apply(fruit, demoPeople.get(9), ApplicationStatus.SHORTLISTED, ApplicationStatus.OFFERED,
                    ApplicationStatus.CONTRACT_SIGNED, ApplicationStatus.DEPARTED);
            apply(cleaners, demoPeople.get(10), ApplicationStatus.SHORTLISTED);
            apply(cleaners, demoPeople.get(11));
            apply(waiters, demoPeople.get(12), ApplicationStatus.SHORTLISTED, ApplicationStatus.OFFERED);
        }

        long hq = offices.byCode("HQ").orElseThrow().id();
        long samarkandOffice = offices.byCode("UZ-SA").map(o -> o.id()).orElse(hq);
        long moscow = offices.byCode("RU-MOW").map(o -> o.id()).orElse(hq);
        PersonId complainant = demoPeople.isEmpty() ? null : demoPeople.get(demoPeople.size() - 1);
        complaints.file(samarqand, null, complainant, "RU",
                "Paid 1 500 USD to the agency for a job in Saint Petersburg; no contract was given and the agency stopped answering.",
                samarkandOffice);
        complaints.file(samarqand, stroy, null, "RU",
                "Three workers say the agency promised 900 USD a month but the employer pays 600 USD.", moscow);
        complaints.file(tezViza, null, null, "AE", "Offered a hotel job in Dubai for 2 000 USD; the visa was a tourist visa.",
                hq);
        complaints.file(null, vostok, null, "RU", "Wages unpaid for three months; passports kept by the supervisor.",
                moscow);
        log.debug("Demo vacancies: {}", vacancies.list(null, null, 1000).size() + welder + sewing + labourers);
    }

    private long agency(String name, String tax, String address, String phone, String licence, LocalDate issued,
            LocalDate expires, String... countries) {
        AgencyForm form = new AgencyForm();
        form.setLegalName(name);
        form.setTaxNumber(tax);
        form.setAddress(address);
        form.setPhone(phone);
        form.setEmail("info@" + licence.toLowerCase() + ".example.uz");
        form.setLicenceNumber(licence);
        form.setIssuedOn(issued);
        form.setExpiresOn(expires);
        form.setCountries(List.of(countries));
        return licensing.register(form);
    }

    private long employer(String name, String country, String registration, String sector) {
        EmployerForm form = new EmployerForm();
        form.setName(name);
        form.setCountry(country);
        form.setRegistrationNumber(registration);
        form.setSector(sector);
        return employers.register(form);
    }

    private VacancyForm form(long employer, String title, String occupation, String country, String city, int posts,
            String wage, String currency, String period, int hours, String accommodation, String travel, int months,
            String language, String skills, String course) {
        VacancyForm form = new VacancyForm();
        form.setEmployerId(employer);
        form.setTitle(title);
        form.setOccupationCode(occupation);
        form.setCountry(country);
        form.setCity(city);
        form.setPosts(posts);
        form.setWage(new BigDecimal(wage));
        form.setCurrency(currency);
        form.setWagePeriod(period);
        form.setHoursPerWeek(hours);
        form.setAccommodation(accommodation);
        form.setTravel(travel);
        form.setContractMonths(months);
        form.setLanguageRequirement(language);
        form.setSkillRequirement(skills);
        form.setRequiredCourseCode(course);
        form.setClosingOn(today.plusDays(45 + posts % 30));
        return form;
    }

    private long submitted(long agency, long employer, String title, String occupation, String country, String city,
            int posts, String wage, String currency, String period, int hours, String accommodation, String travel,
            int months, String language, String skills) {
        long id = vacancyDesk.draft(agency, form(employer, title, occupation, country, city, posts, wage, currency,
                period, hours, accommodation, travel, months, language, skills, null));
        vacancyDesk.submit(id, java.util.Optional.empty());
        return id;
    }

    private long published(long agency, long employer, String title, String occupation, String country, String city,
            int posts, String wage, String currency, String period, int hours, String accommodation, String travel,
            int months, String language, String skills, String course) {
        long id = vacancyDesk.draft(agency, form(employer, title, occupation, country, city, posts, wage, currency,
                period, hours, accommodation, travel, months, language, skills, course));
        vacancyDesk.submit(id, java.util.Optional.empty());
        vacancyDesk.verify(id);
        return id;
    }

    private void apply(long vacancy, PersonId person, ApplicationStatus... steps) {
        long id = applications.apply(vacancies.byId(vacancy).orElseThrow(), person);
        for (ApplicationStatus step : steps) {
            String reason = step == ApplicationStatus.REJECTED ? "No masonry experience"
                    : step == ApplicationStatus.WITHDRAWN ? "Found work in Tashkent" : null;
            LocalDate date = step == ApplicationStatus.DEPARTED ? today.minusMonths(5)
                    : step == ApplicationStatus.RETURNED ? today.minusDays(10) : null;
            LocalDate contractEnd = step == ApplicationStatus.DEPARTED ? today.plusMonths(7) : null;
            applications.move(id, step, reason, date, contractEnd);
        }
    }

    /** The first demo people still in the registry (not merged away), by registry id. */
    private List<PersonId> demoPeople(int count) {
        List<PersonId> found = new ArrayList<>();
        for (long id = 1; id <= 400 && found.size() < count; id++) {
            people.find(PersonId.of(id)).filter(p -> p.id() == p.personId().value() && p.mergedInto() == null)
                    .ifPresent(p -> {
                        if (!found.contains(p.personId())) {
                            found.add(p.personId());
                        }
                    });
        }
        return found;
    }
}
