package org.safar.protection.demo;

import static org.safar.protection.CaseSource.CONSULATE;
import static org.safar.protection.CaseSource.HOTLINE;
import static org.safar.protection.CaseSource.PARTNER;
import static org.safar.protection.CaseSource.PUBLIC_REQUEST;
import static org.safar.protection.CaseSource.REFERRAL;
import static org.safar.protection.CaseSource.WALK_IN;
import static org.safar.protection.CaseStatus.ASSESSMENT;
import static org.safar.protection.CaseStatus.CLOSED;
import static org.safar.protection.CaseStatus.INTAKE;
import static org.safar.protection.CaseStatus.IN_SERVICE;
import static org.safar.protection.CaseStatus.MONITORING;
import static org.safar.protection.CaseStatus.PLAN;
import static org.safar.protection.cases.RiskLevel.CRITICAL;
import static org.safar.protection.cases.RiskLevel.HIGH;
import static org.safar.protection.cases.RiskLevel.LOW;
import static org.safar.protection.cases.RiskLevel.MEDIUM;
import static org.safar.protection.cases.Vulnerability.CHILD;
import static org.safar.protection.cases.Vulnerability.DISABILITY;
import static org.safar.protection.cases.Vulnerability.ELDERLY;
import static org.safar.protection.cases.Vulnerability.MEDICAL_NEED;
import static org.safar.protection.cases.Vulnerability.PREGNANCY;
import static org.safar.protection.cases.Vulnerability.WOMAN_WITH_CHILDREN;

import java.util.List;
import java.util.Set;

/** The demo caseload: every type, every status, the missions abroad and the regional offices at home. */
final class DemoCases {

    private DemoCases() {
    }

    static final List<DemoCase> ALL = List.of(
            new DemoCase("RU-MOW", "consul", "TRAFFICKING", "LABOUR_EXPLOITATION", IN_SERVICE, "RU", "Moscow",
                    "OOO StroyMontazh", "Baraka Travel", CONSULATE, CRITICAL, Set.of(), 40, false,
                    "Eleven men kept on a construction site in Podolsk, passports taken by the foreman, no pay for "
                            + "four months, locked in a container at night. One escaped and came to the consulate."),
            new DemoCase("RU-MOW", "consul", "TRAFFICKING", "SEXUAL_EXPLOITATION", PLAN, "RU", "Moscow", null,
                    "unknown recruiter (Telegram)", HOTLINE, CRITICAL, Set.of(WOMAN_WITH_CHILDREN), 12, true,
                    "Девушку пригласили работать официанткой, по приезде забрали паспорт и принуждают к "
                            + "оказанию услуг. Позвонила на горячую линию с чужого телефона."),
            new DemoCase("RU-MOW", "consul", "RIGHTS_VIOLATION", "UNPAID_WAGES", MONITORING, "RU", "Moscow",
                    "OOO Chistyi Gorod", "Ishonch Servis", WALK_IN, MEDIUM, Set.of(), 75, false,
                    "Уборщики улиц не получили зарплату за три месяца; после обращения консульства в инспекцию "
                            + "труда выплачено 60%."),
            new DemoCase("RU-MOW", "consul", "DISTRESS_ABROAD", "DETENTION", ASSESSMENT, "RU", "Saint Petersburg",
                    null, null, PARTNER, HIGH, Set.of(), 6, false,
                    "Detained for an expired patent; the family reports no access to a lawyer and a court date in "
                            + "ten days."),
            new DemoCase("RU-MOW", "consul", "DISTRESS_ABROAD", "DEATH_REPATRIATION", CLOSED, "RU", "Yekaterinburg",
                    "OOO UralStal", null, CONSULATE, HIGH, Set.of(), 120, true,
                    "Worker died in a fall at the plant; the family asked for the remains to be brought home to "
                            + "Qashqadaryo."),
            new DemoCase("RU-MOW", "consul", "STRANDED", null, INTAKE, "RU", "Moscow", null, null, WALK_IN, MEDIUM,
                    Set.of(ELDERLY), 1, false,
                    "A 63-year-old man lost his job and his savings; no money for the train home."),
            new DemoCase("RU-MOW", "consul", "RIGHTS_VIOLATION", "CONFISCATED_DOCUMENTS", INTAKE, "RU", "Kazan",
                    "Agrofirma Volga", "Yangi Yoʻl Agency", PUBLIC_REQUEST, HIGH, Set.of(), 0, false,
                    "Request from the portal: employer keeps the passports of 20 seasonal workers."),
            new DemoCase("KZ-ALA", "consul.almaty", "RIGHTS_VIOLATION", "UNSAFE_WORK", IN_SERVICE, "KZ", "Almaty",
                    "TOO KazStroy", null, WALK_IN, HIGH, Set.of(MEDICAL_NEED), 30, false,
                    "Burns from working without protective clothing at an asphalt plant; needs treatment."),
            new DemoCase("KZ-ALA", "consul.almaty", "TRAFFICKING", "FORCED_CRIMINALITY", ASSESSMENT, "KZ", "Shymkent",
                    null, null, PARTNER, CRITICAL, Set.of(CHILD), 4, false,
                    "A 16-year-old forced to carry drugs across the border, found by a partner NGO."),
            new DemoCase("KZ-ALA", "consul.almaty", "STRANDED", null, MONITORING, "KZ", "Almaty", null, null, HOTLINE,
                    MEDIUM, Set.of(WOMAN_WITH_CHILDREN), 55, true,
                    "Mother with two children left without money after the husband's arrest; returned home, "
                            + "follow-up calls."),
            new DemoCase("KZ-ALA", "consul.almaty", "DISTRESS_ABROAD", "LOST_DOCUMENTS", CLOSED, "KZ", "Astana", null,
                    null, WALK_IN, LOW, Set.of(), 90, false,
                    "Passport stolen at the bazaar; certificate of return issued."),
            new DemoCase("KZ-ALA", "consul.almaty", "RIGHTS_VIOLATION", "ABUSE", PLAN, "KZ", "Almaty",
                    "IP Akhmetov (farm)", null, WALK_IN, HIGH, Set.of(), 15, false,
                    "Beaten by the farm owner after asking for wages; wants to return and to file a complaint."),
            new DemoCase("KR-SEL", "consul.seoul", "RIGHTS_VIOLATION", "UNPAID_WAGES", IN_SERVICE, "KR", "Ansan",
                    "Daehan Metal Co.", "EPS", WALK_IN, MEDIUM, Set.of(), 35, false,
                    "Factory closed without paying severance to 6 EPS workers; labour office claim under way."),
            new DemoCase("KR-SEL", "consul.seoul", "DISTRESS_ABROAD", "ILLNESS_INJURY", MONITORING, "KR", "Gimhae",
                    "Sungwoo Plastics", "EPS", CONSULATE, HIGH, Set.of(DISABILITY), 80, false,
                    "Hand injury in a press machine; surgery done, compensation claim and rehabilitation."),
            new DemoCase("KR-SEL", "consul.seoul", "MISSING_MIGRANT", null, ASSESSMENT, "KR", "Busan", null, null,
                    HOTLINE, HIGH, Set.of(), 9, true,
                    "Family in Fargʻona has not heard from their son for three months; last known at a fishing "
                            + "port."),
            new DemoCase("KR-SEL", "consul.seoul", "RIGHTS_VIOLATION", "CONFISCATED_DOCUMENTS", CLOSED, "KR", "Seoul",
                    "Hanbit Farm", null, WALK_IN, LOW, Set.of(), 150, false,
                    "Employer kept the alien registration card; returned after the consulate called."),
            new DemoCase("TR-IST", "consul.istanbul", "TRAFFICKING", "LABOUR_EXPLOITATION", MONITORING, "TR",
                    "Istanbul", "textile workshop, Zeytinburnu", "Silk Road Jobs", PARTNER, HIGH,
                    Set.of(WOMAN_WITH_CHILDREN), 100, true,
                    "Women working 16 hours a day in a basement workshop, documents held; rescued with the "
                            + "police and a shelter."),
            new DemoCase("TR-IST", "consul.istanbul", "DISTRESS_ABROAD", "DETENTION", PLAN, "TR", "Antalya", null,
                    null, CONSULATE, MEDIUM, Set.of(), 11, false,
                    "Held in a removal centre for overstaying; wants to go home, needs a travel document."),
            new DemoCase("TR-IST", "consul.istanbul", "STRANDED", null, IN_SERVICE, "TR", "Istanbul", null, null,
                    WALK_IN, MEDIUM, Set.of(PREGNANCY), 20, false,
                    "Pregnant woman, employer disappeared, no money for the ticket home."),
            new DemoCase("TR-IST", "consul.istanbul", "RIGHTS_VIOLATION", "UNPAID_WAGES", INTAKE, "TR", "Bursa",
                    "Yıldız Tekstil", null, HOTLINE, LOW, Set.of(), 2, false,
                    "Call from a group of workers: wages paid late and short for two months."),
            new DemoCase("UZ-SA", "caseworker", "REINTEGRATION", null, IN_SERVICE, "UZ", "Samarqand", null, null,
                    REFERRAL, MEDIUM, Set.of(), 60, false,
                    "Returned from Moscow after the Podolsk case; vocational training as a welder and a small "
                            + "grant planned."),
            new DemoCase("UZ-SA", "caseworker", "REINTEGRATION", null, MONITORING, "UZ", "Urgut", null, null,
                    REFERRAL, LOW, Set.of(), 140, true,
                    "Qaytgan oila: tikuvchilik kursi tugatildi, uyda kichik tikuv sexi ochildi."),
            new DemoCase("UZ-SA", "caseworker", "MISSING_MIGRANT", null, INTAKE, "RU", null, null, null, WALK_IN,
                    MEDIUM, Set.of(ELDERLY), 3, true,
                    "Mother reports her son missing in Russia since the summer; last call from Novosibirsk."),
            new DemoCase("UZ-SA", "caseworker", "TRAFFICKING", "OTHER_TRAFFICKING", CLOSED, "AE", "Dubai", null,
                    "Golden Visa LLC", HOTLINE, HIGH, Set.of(), 200, false,
                    "Recruited as a domestic worker, held without pay; returned, rehabilitated and back at "
                            + "school."),
            new DemoCase("UZ-QA", "supervisor", "REINTEGRATION", null, PLAN, "UZ", "Qarshi", null, null, REFERRAL,
                    MEDIUM, Set.of(DISABILITY), 14, false,
                    "Returned after a spinal injury in Korea; needs medical rehabilitation and an adapted job."),
            new DemoCase("UZ-QA", "supervisor", "DISTRESS_ABROAD", "DEATH_REPATRIATION", IN_SERVICE, "KZ",
                    "Shymkent", null, null, HOTLINE, HIGH, Set.of(), 5, true,
                    "Family asks for help to bring home the body of their son who died in a road accident."),
            new DemoCase("UZ-TK", "caseworker.tashkent", "REINTEGRATION", null, ASSESSMENT, "UZ", "Toshkent", null,
                    null, WALK_IN, LOW, Set.of(), 8, false,
                    "Returned from Turkey without savings; looking for work and help with debts."),
            new DemoCase("UZ-TK", "caseworker.tashkent", "RIGHTS_VIOLATION", "UNPAID_WAGES", CLOSED, "RU", "Moscow",
                    "OOO Dostavka24", "Ishonch Servis", PUBLIC_REQUEST, LOW, Set.of(), 180, false,
                    "Courier not paid for the last month; recovered through the agency's guarantee."),
            new DemoCase("UZ-FA", "supervisor.hq", "STRANDED", null, CLOSED, "RU", "Novosibirsk", null, null,
                    HOTLINE, MEDIUM, Set.of(), 95, false,
                    "Stranded after the employer went bankrupt; ticket home paid by the fund."),
            new DemoCase("UZ-AN", "supervisor.hq", "MISSING_MIGRANT", null, MONITORING, "KR", "Seoul", null, null,
                    WALK_IN, MEDIUM, Set.of(), 70, true,
                    "Family tracing: son found in hospital in Seoul, contact restored; monitoring his return."));
}
