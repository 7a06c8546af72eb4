package org.safar.platform.demo;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.safar.platform.accounts.AccountAdministration;
import org.safar.platform.accounts.Office;
import org.safar.platform.accounts.OfficeAdministration;
import org.safar.platform.accounts.OfficeKind;
import org.safar.platform.accounts.Offices;
import org.safar.platform.accounts.Region;
import org.safar.platform.accounts.Regions;
import org.safar.platform.accounts.UserForm;
import org.safar.platform.accounts.Users;
import org.safar.platform.security.Role;
import org.safar.platform.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo offices and one user per role, loaded once into an empty database when {@code safar.demo-data} is on
 * (the default for {@code ./mvnw spring-boot:run}; off in the {@code prod} profile).
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty(name = "safar.demo-data")
public class DemoData implements ApplicationRunner {

    /** The password of every demo account; printed at start-up and on the login page. */
    public static final String PASSWORD = "safar-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Users users;
    private final Offices offices;
    private final AccountAdministration accounts;
    private final OfficeAdministration officeAdministration;
    private final Regions regions;
    private final TransactionTemplate transaction;

    DemoData(Users users, Offices offices, Regions regions, AccountAdministration accounts,
            OfficeAdministration officeAdministration, TransactionTemplate transaction) {
        this.users = users;
        this.offices = offices;
        this.regions = regions;
        this.accounts = accounts;
        this.officeAdministration = officeAdministration;
        this.transaction = transaction;
    }

    /** Demo account names, in the order the login page lists them. */
    public static List<String> usernames() {
        return DEMO_USERS.stream().map(DemoUser::username).toList();
    }

    private record DemoUser(String username, String fullName, Set<Role> roles, List<String> officeCodes) {
    }

    private static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("admin", "Dilshod Rahimov", EnumSet.of(Role.ADMIN), List.of("HQ")),
            new DemoUser("supervisor", "Nodira Yusupova", EnumSet.of(Role.SUPERVISOR), List.of("UZ-SA", "UZ-QA")),
            new DemoUser("caseworker", "Jasur Toshmatov", EnumSet.of(Role.CASE_WORKER), List.of("UZ-SA")),
            new DemoUser("consul", "Malika Karimova", EnumSet.of(Role.CONSULAR_OFFICER, Role.CASE_WORKER),
                    List.of("RU-MOW")),
            new DemoUser("licensing", "Bahodir Ergashev", EnumSet.of(Role.LICENSING_OFFICER), List.of("HQ")),
            new DemoUser("trainer", "Gulnora Saidova", EnumSet.of(Role.TRAINER), List.of("UZ-TK")),
            new DemoUser("programme", "Sherzod Aliyev", EnumSet.of(Role.PROGRAMME_MANAGER), List.of("HQ")),
            new DemoUser("analyst", "Zarina Qodirova", EnumSet.of(Role.ANALYST), List.of("HQ")),
            new DemoUser("auditor", "Otabek Nazarov", EnumSet.of(Role.AUDITOR), List.of("HQ")),
            new DemoUser("partner", "Elena Kim", EnumSet.of(Role.PARTNER), List.of("UZ-TK")),
            new DemoUser("agency", "Rustam Xolmatov", EnumSet.of(Role.AGENCY), List.of("UZ-TK")));

    private record DemoMission(String code, String country, String uz, String uzCyrl, String ru, String en) {
    }

    private static final List<DemoMission> MISSIONS = List.of(
            new DemoMission("RU-MOW", "RU", "Moskvadagi bosh konsullik", "Москвадаги бош консуллик",
                    "Генеральное консульство в Москве", "Consulate General in Moscow"),
            new DemoMission("KZ-ALA", "KZ", "Olmaotadagi bosh konsullik", "Олмаотадаги бош консуллик",
                    "Генеральное консульство в Алматы", "Consulate General in Almaty"),
            new DemoMission("KR-SEL", "KR", "Seuldagi elchixona", "Сеулдаги элчихона", "Посольство в Сеуле",
                    "Embassy in Seoul"),
            new DemoMission("TR-IST", "TR", "Istanbuldagi bosh konsullik", "Истанбулдаги бош консуллик",
                    "Генеральное консульство в Стамбуле", "Consulate General in Istanbul"));

    @Override
    public void run(ApplicationArguments args) {
        if (users.byUsername("admin").isPresent()) {
            return;
        }
        RunAs.system(RunAs.DEMO, () -> transaction.executeWithoutResult(status -> load()));
        log.info("Demo data loaded: {} offices, {} users", offices.all().size(), DEMO_USERS.size());
    }

    private void load() {
        for (Region region : regions.all()) {
            officeAdministration.create(new Office(null, region.code(), OfficeKind.REGIONAL, region.code(), null,
                    region.nameUz() + " hududiy boʻlimi", region.nameUzCyrl() + " ҳудудий бўлими",
                    region.nameRu() + " — региональный отдел", region.nameEn() + " regional office", true));
        }
        MISSIONS.forEach(m -> officeAdministration.create(new Office(null, m.code(), OfficeKind.MISSION, null,
                m.country(), m.uz(), m.uzCyrl(), m.ru(), m.en(), true)));
        for (DemoUser demo : DEMO_USERS) {
            UserForm form = new UserForm();
            form.setUsername(demo.username());
            form.setFullName(demo.fullName());
            form.setEmail(demo.username() + "@safar.example");
            form.setRoles(demo.roles());
            Set<Long> officeIds = new LinkedHashSet<>();
            demo.officeCodes().forEach(code -> officeIds.add(offices.byCode(code).orElseThrow().id()));
            form.setOfficeIds(officeIds);
            accounts.createWithPassword(form, PASSWORD, false);
        }
    }
}
