package org.safar.protection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safar.platform.security.Role;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.safar.protection.CaseStatus;
import org.safar.protection.ProtectionCaseFixtures;
import org.safar.protection.cases.CaseScope;
import org.safar.protection.cases.CaseStatistics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The case figures count what the reader may see: an office its own cases, a restricted case only for its team
 * and supervisors, headquarters everything; other roles are refused the page and the API.
 */
@SafarIntegrationTest
@Import({ ProtectionCaseFixtures.class, StaffFixtures.class })
class CaseStatisticsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProtectionCaseFixtures cases;

    @Autowired
    StaffFixtures staff;

    @Autowired
    CaseStatistics statistics;

    @Test
    void anOfficeCountsItsOwnCasesAndARestrictedCaseOnlyForItsTeam() {
        String worker = staff.newUserIn("TR-IST", Role.CASE_WORKER);
        String colleague = staff.newUserIn("TR-IST", Role.CASE_WORKER);
        String elsewhere = staff.newUserIn("KR-SEL", Role.CASE_WORKER);
        long before = intake(colleague, "RIGHTS_VIOLATION");
        long trafficking = intake(colleague, "TRAFFICKING");

        cases.rightsCase(worker);
        cases.traffickingCase(worker);

        assertThat(intake(colleague, "RIGHTS_VIOLATION")).isEqualTo(before + 1);
        assertThat(intake(colleague, "TRAFFICKING")).as("a restricted case of someone else's team")
                .isEqualTo(trafficking);
        assertThat(intake(worker, "TRAFFICKING")).isEqualTo(trafficking + 1);
        assertThat(statistics.byTypeAndStatus(scopeOf(elsewhere)).stream()
                .filter(c -> c.typeCode().equals("RIGHTS_VIOLATION") && c.status() == CaseStatus.INTAKE)
                .mapToLong(CaseStatistics.Count::cases).sum())
                .isLessThan(intake("supervisor.hq", "RIGHTS_VIOLATION"));
    }

    @Test
    void thePageAndTheApiShowTheFiguresToCaseRolesOnly() throws Exception {
        String worker = staff.newUserIn("TR-IST", Role.CASE_WORKER);
        cases.rightsCase(worker);

        mvc.perform(get("/cases/statistics").with(user(cases.user(worker))).header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Дела по видам и этапам"),
                        containsString("Нарушение прав"), containsString("Итого"))));
        mvc.perform(get("/api/v1/cases/statistics").header("Authorization", cases.bearer(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"typeCode\":\"RIGHTS_VIOLATION\"")));
        String analyst = staff.newUserIn("HQ", Role.ANALYST);
        mvc.perform(get("/cases/statistics").with(user(cases.user(analyst)))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/statistics").header("Authorization", cases.bearer(analyst)))
                .andExpect(status().isForbidden());
    }

    private long intake(String username, String type) {
        List<CaseStatistics.Count> counts = statistics.byTypeAndStatus(scopeOf(username));
        return counts.stream().filter(c -> c.typeCode().equals(type) && c.status() == CaseStatus.INTAKE)
                .mapToLong(CaseStatistics.Count::cases).sum();
    }

    private CaseScope scopeOf(String username) {
        return CaseScope.of(cases.user(username));
    }
}
