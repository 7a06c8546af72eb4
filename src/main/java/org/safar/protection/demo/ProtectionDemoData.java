package org.safar.protection.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.safar.people.PersonId;
import org.safar.platform.accounts.AccountAdministration;
import org.safar.platform.accounts.Offices;
import org.safar.platform.accounts.UserForm;
import org.safar.platform.accounts.Users;
import org.safar.platform.demo.DemoData;
import org.safar.platform.security.Role;
import org.safar.platform.security.StaffUser;
import org.safar.protection.CaseStatus;
import org.safar.protection.cases.CaseDetails;
import org.safar.protection.cases.CasePerson;
import org.safar.protection.cases.CaseTypes;
import org.safar.protection.cases.Casework;
import org.safar.protection.cases.ClosureReason;
import org.safar.protection.cases.NeedDomain;
import org.safar.protection.cases.PersonRole;
import org.safar.protection.cases.ProtectionCase;
import org.safar.protection.cases.ServiceType;
import org.safar.protection.cases.ServicesDelivered;
import org.safar.protection.cases.Severity;
import org.safar.platform.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo cases, loaded once after the demo people (its own staff mark it loaded): thirty cases of every type and status
 * at the missions in Moscow, Almaty, Seoul and Istanbul and at regional offices at home, each worked through the
 * real workflow by a demo officer (assessment, plan approved by a supervisor, services, notes, tasks — some of
 * them overdue), then dated back to when it began. Adds the mission and headquarters case staff it needs.
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty(name = "safar.demo-data")
class ProtectionDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProtectionDemoData.class);

    /** Case staff of the missions and headquarters, beside the platform's one user per role. */
    private static final List<List<String>> STAFF = List.of(
            List.of("consul.almaty", "Aibek Nurlanov", "KZ-ALA", "CONSULAR_OFFICER"),
            List.of("consul.seoul", "Dildora Rasulova", "KR-SEL", "CONSULAR_OFFICER"),
            List.of("consul.istanbul", "Farrukh Saidov", "TR-IST", "CONSULAR_OFFICER"),
            List.of("caseworker.tashkent", "Shahnoza Alimova", "UZ-TK", "CASE_WORKER"),
            List.of("supervisor.hq", "Bekzod Umarov", "HQ", "SUPERVISOR"));

    private final Casework casework;
    private final CaseTypes types;
    private final Offices offices;
    private final Users users;
    private final AccountAdministration accounts;
    private final UserDetailsService userDetails;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ProtectionDemoData(Casework casework, CaseTypes types, Offices offices, Users users,
            AccountAdministration accounts, UserDetailsService userDetails, JdbcClient jdbc,
            TransactionTemplate transaction) {
        this.casework = casework;
        this.types = types;
        this.offices = offices;
        this.users = users;
        this.accounts = accounts;
        this.userDetails = userDetails;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        // its own staff mark a database it has loaded already; cases alone do not (a demo complaint opens one)
        boolean loaded = users.byUsername("supervisor.hq").isPresent();
        boolean people = jdbc.sql("select count(*) from person where merged_into is null").query(Long.class)
                .single() >= 60;
        if (loaded || !people || users.byUsername("consul").isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            as(RunAs.DEMO, null, this::addStaff);
            List<Long> persons = jdbc.sql("select id from person where merged_into is null order by id limit 60")
                    .query(Long.class).list();
            for (int i = 0; i < DemoCases.ALL.size(); i++) {
                load(DemoCases.ALL.get(i), persons.get(2 * i), persons.get(2 * i + 1));
            }
        });
        log.info("Demo data loaded: {} cases", DemoCases.ALL.size());
    }

    private Void addStaff() {
        for (List<String> member : STAFF) {
            if (users.byUsername(member.get(0)).isPresent()) {
                continue;
            }
            UserForm form = new UserForm();
            form.setUsername(member.get(0));
            form.setFullName(member.get(1));
            form.setEmail(member.get(0) + "@safar.example");
            Set<Role> roles = EnumSet.of(Role.valueOf(member.get(3)));
            if (roles.contains(Role.CONSULAR_OFFICER)) {
                roles.add(Role.CASE_WORKER);
            }
            form.setRoles(roles);
            form.setOfficeIds(Set.of(offices.byCode(member.get(2)).orElseThrow().id()));
            accounts.createWithPassword(form, DemoData.PASSWORD, false);
        }
        return null;
    }

    private void load(DemoCase demo, long principal, long relative) {
        String worker = demo.worker();
        StaffUser officer = staff(worker);
        long office = offices.byCode(demo.office()).orElseThrow().id();
        long type = types.byCode(demo.type()).orElseThrow().id();
        Long subtype = demo.subtype() == null ? null : types.byCode(demo.subtype()).orElseThrow().id();
        List<CasePerson> persons = demo.withFamily()
                ? List.of(new CasePerson(PersonId.of(principal), PersonRole.PRINCIPAL),
                        new CasePerson(PersonId.of(relative), PersonRole.FAMILY_MEMBER))
                : List.of(new CasePerson(PersonId.of(principal), PersonRole.PRINCIPAL));
        ProtectionCase c = as(worker, officer, () -> casework.open(new CaseDetails(type, subtype, demo.summary(),
                demo.country(), demo.city(), demo.employer(), demo.agency(), demo.source(), demo.vulnerabilities(),
                demo.risk(), office, officer.id(), false), persons));
        LocalDate opened = LocalDate.now().minusDays(demo.daysAgo());
        int reached = demo.reached() == CaseStatus.CLOSED ? 5 : demo.reached().ordinal();
        as(worker, officer, () -> work(c, demo, officer, opened, reached));
        String supervisor = demo.office().equals("UZ-SA") || demo.office().equals("UZ-QA") ? "supervisor"
                : "supervisor.hq";
        if (reached >= CaseStatus.IN_SERVICE.ordinal()) {
            as(supervisor, staff(supervisor), () -> casework.move(c.id(), CaseStatus.IN_SERVICE, null, null));
            as(worker, officer, () -> serve(c, demo, opened));
        }
        if (reached >= CaseStatus.MONITORING.ordinal()) {
            as(worker, officer, () -> casework.move(c.id(), CaseStatus.MONITORING, null, null));
        }
        if (demo.reached() == CaseStatus.CLOSED) {
            ClosureReason reason = switch (demo.type()) {
                case "REINTEGRATION", "TRAFFICKING" -> ClosureReason.RETURNED_AND_REINTEGRATED;
                default -> ClosureReason.RESOLVED;
            };
            as(supervisor, staff(supervisor), () -> casework.move(c.id(), CaseStatus.CLOSED, reason, null));
        }
        backdate(c.id(), opened, demo.daysAgo());
    }

    private Void work(ProtectionCase c, DemoCase demo, StaffUser officer, LocalDate opened, int reached) {
        casework.addNote(c.id(), "First contact: " + (demo.source().name().toLowerCase().replace('_', ' '))
                + ". Person informed about confidentiality and the help available.", false);
        if (c.restricted()) {
            casework.addNote(c.id(), "Names of the recruiters and the address of the site are in the police "
                    + "statement; do not share outside the team.", true);
        }
        if (reached < CaseStatus.ASSESSMENT.ordinal()) {
            casework.addTask(c.id(), "Call back to complete the intake", opened.plusDays(2), officer.id());
            return null;
        }
        casework.move(c.id(), CaseStatus.ASSESSMENT, null, null);
        for (NeedDomain domain : needsOf(demo.type())) {
            casework.recordNeed(c.id(), domain, demo.risk().ordinal() >= 2 ? Severity.HIGH : Severity.MEDIUM, null);
        }
        if (reached < CaseStatus.PLAN.ordinal()) {
            casework.addTask(c.id(), "Finish the assessment with the family", opened.plusDays(5), officer.id());
            return null;
        }
        casework.move(c.id(), CaseStatus.PLAN, null, null);
        long goal = casework.addGoal(c.id(), needsOf(demo.type()).get(0), goalOf(demo.type()));
        casework.addAction(c.id(), goal, "Agree the steps with the person and record consent", officer.id(),
                opened.plusDays(7));
        casework.addAction(c.id(), goal, "Contact the provider and book the service", officer.id(),
                opened.plusDays(14));
        casework.addTask(c.id(), "Ask the supervisor to approve the plan", opened.plusDays(10), officer.id());
        return null;
    }

    private Void serve(ProtectionCase c, DemoCase demo, LocalDate opened) {
        String currency = switch (demo.country()) {
            case "RU" -> "RUB";
            case "KZ" -> "KZT";
            case "KR" -> "KRW";
            case "TR" -> "TRY";
            default -> "UZS";
        };
        long cost = switch (currency) {
            case "RUB" -> 1_850_000;
            case "KZT" -> 4_500_000;
            case "KRW" -> 250_000;
            case "TRY" -> 1_200_000;
            default -> 150_000_000;
        };
        LocalDate on = opened.plusDays(Math.min(20, Math.max(1, demo.daysAgo() / 3)));
        casework.recordService(c.id(), new ServicesDelivered.Delivery(0, serviceOf(demo.type()),
                providerOf(demo.office()), null, on.isAfter(LocalDate.now()) ? LocalDate.now() : on, 1, cost,
                currency, null));
        return null;
    }

    private static List<NeedDomain> needsOf(String type) {
        return switch (type) {
            case "TRAFFICKING" -> List.of(NeedDomain.SAFETY, NeedDomain.PSYCHOSOCIAL, NeedDomain.DOCUMENTS,
                    NeedDomain.RETURN);
            case "RIGHTS_VIOLATION" -> List.of(NeedDomain.LEGAL, NeedDomain.FINANCIAL);
            case "DISTRESS_ABROAD" -> List.of(NeedDomain.HEALTH, NeedDomain.LEGAL, NeedDomain.RETURN);
            case "STRANDED" -> List.of(NeedDomain.RETURN, NeedDomain.FOOD, NeedDomain.SHELTER);
            case "REINTEGRATION" -> List.of(NeedDomain.EMPLOYMENT, NeedDomain.PSYCHOSOCIAL, NeedDomain.EDUCATION);
            default -> List.of(NeedDomain.SAFETY);
        };
    }

    private static String goalOf(String type) {
        return switch (type) {
            case "TRAFFICKING" -> "Safety, recovery and a safe return home";
            case "RIGHTS_VIOLATION" -> "Wages and documents recovered";
            case "DISTRESS_ABROAD" -> "Person (or remains) back with the family";
            case "STRANDED" -> "Safe return home";
            case "REINTEGRATION" -> "Stable income at home";
            default -> "The family knows where the person is";
        };
    }

    private static ServiceType serviceOf(String type) {
        return switch (type) {
            case "TRAFFICKING" -> ServiceType.SHELTER;
            case "RIGHTS_VIOLATION" -> ServiceType.LEGAL_AID;
            case "DISTRESS_ABROAD" -> ServiceType.MEDICAL;
            case "STRANDED" -> ServiceType.RETURN_TRAVEL;
            case "REINTEGRATION" -> ServiceType.EMPLOYMENT_SUPPORT;
            default -> ServiceType.FAMILY_TRACING;
        };
    }

    private static String providerOf(String office) {
        return switch (office) {
            case "RU-MOW" -> "Migrant support centre «Ishonch», Moscow";
            case "KZ-ALA" -> "Sana Sezim crisis centre, Almaty";
            case "KR-SEL" -> "Ansan Migrant Workers Centre";
            case "TR-IST" -> "IOM Türkiye, Istanbul";
            default -> "Regional employment and vocational training centre";
        };
    }

    /** Moves the dates of the case back to when it began, spreading its history over the days since. */
    private void backdate(long caseId, LocalDate opened, int daysAgo) {
        jdbc.sql("update protection_case set opened_on = ?, created_at = created_at - make_interval(days => ?), "
                + "closed_on = case when closed_on is null then null else ? end where id = ?")
                .params(opened, daysAgo, opened.plusDays(daysAgo * 3L / 4), caseId).update();
        jdbc.sql("""
                update protection_case_transition t set occurred_at = t.occurred_at - make_interval(days => ?)
                    + make_interval(days => (s.n * ? / greatest(s.total, 1))::int)
                from (select id, row_number() over (order by occurred_at, id) - 1 as n,
                             count(*) over () - 1 as total
                      from protection_case_transition where case_id = ?) s
                where t.id = s.id""").params(daysAgo, daysAgo * 3 / 4, caseId).update();
        jdbc.sql("update protection_case_note set created_at = created_at - make_interval(days => ?) "
                + "where case_id = ?").params(Math.max(0, daysAgo - 1), caseId).update();
    }

    private StaffUser staff(String username) {
        return (StaffUser) userDetails.loadUserByUsername(username);
    }

    private <T> T as(String name, StaffUser user, Supplier<T> work) {
        return user == null ? RunAs.system(name, work) : RunAs.user(user, work);
    }
}
