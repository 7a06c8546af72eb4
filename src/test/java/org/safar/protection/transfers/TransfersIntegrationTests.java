package org.safar.protection.transfers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safar.platform.accounts.Offices;
import org.safar.platform.security.AccessTokens;
import org.safar.platform.security.Role;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.safar.protection.ApiTokens;
import org.safar.protection.PartnerFixtures;
import org.safar.protection.cases.ProtectionCase;
import org.safar.protection.cases.ProtectionCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A case goes home from a consulate only when the receiving office accepts it; until then, and after a refusal,
 * it stays where it was, and nobody outside the two offices can answer for them.
 */
@SafarIntegrationTest
@Import(StaffFixtures.class)
class TransfersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    StaffFixtures staff;

    @Autowired
    PartnerFixtures fixtures;

    @Autowired
    ProtectionCases cases;

    @Autowired
    Offices offices;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccessTokens tokens;

    ApiTokens api;

    @BeforeEach
    void api() {
        api = new ApiTokens(tokens, users);
    }

    @Test
    void theCaseMovesHomeOnlyWhenTheReceivingOfficeAccepts() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        String homeWorker = staff.newUserIn("UZ-SA", Role.CASE_WORKER);
        ProtectionCase shown = fixtures.aCase("RU-MOW", fixtures.aPersonWhoConsented(), "Returned after detention");
        long transfer = request(consul, shown, "UZ-SA");

        assertThat(cases.byId(shown.id()).orElseThrow().owningOfficeId()).isEqualTo(office("RU-MOW"));
        mvc.perform(get("/cases/" + shown.id()).with(as(homeWorker))).andExpect(status().isNotFound());
        mvc.perform(get("/transfers/" + transfer).with(as(homeWorker)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Returned after detention")))
                .andExpect(content().string(containsString("Accept the case")));

        mvc.perform(post("/transfers/" + transfer + "/accept").with(as(homeWorker)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        ProtectionCase moved = cases.byId(shown.id()).orElseThrow();
        assertThat(moved.owningOfficeId()).isEqualTo(office("UZ-SA"));
        assertThat(moved.assignedWorkerId()).isEqualTo(userId(homeWorker));
        mvc.perform(get("/cases/" + shown.id()).with(as(homeWorker))).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CASE_TRANSFERRED' and entity_id = ?")
                .param(shown.reference()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aTransferWaitingForTheOfficeIsOnItsCaseWorkersMyWorkUntilAnswered() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        String homeWorker = staff.newUserIn("UZ-SA", Role.CASE_WORKER);
        String otherRegion = staff.newUserIn("UZ-QA", Role.CASE_WORKER);
        ProtectionCase shown = fixtures.aCase("RU-MOW", fixtures.aPersonWhoConsented(), "Stranded at the airport");
        long transfer = request(consul, shown, "UZ-SA");

        mvc.perform(get("/my-work").with(as(homeWorker)).header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Передачи, ждущие вашего ответа")))
                .andExpect(content().string(containsString("/transfers/" + transfer + "\"")));
        mvc.perform(get("/my-work").with(as(otherRegion))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/transfers/" + transfer + "\""))));
        mvc.perform(get("/my-work").with(as(consul))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/transfers/" + transfer + "\""))));

        mvc.perform(post("/transfers/" + transfer + "/accept").with(as(homeWorker)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/my-work").with(as(homeWorker))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/transfers/" + transfer + "\""))));
    }

    @Test
    void aUserOfAThirdOfficeCannotAcceptAndTheSendingOfficeCannotAnswerForTheReceiver() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        ProtectionCase shown = fixtures.aCase("RU-MOW", fixtures.aPersonWhoConsented(), "Stranded in Kazan");
        long transfer = request(consul, shown, "UZ-SA");

        mvc.perform(post("/transfers/" + transfer + "/accept").with(as(staff.newUserIn("UZ-QA", Role.SUPERVISOR)))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/transfers/" + transfer + "/accept").with(as(consul)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(api.as(staff.newUserIn("KZ-ALA", Role.CONSULAR_OFFICER), post("/api/v1/transfers/" + transfer
                + "/accept"))).andExpect(status().isNotFound());
        mvc.perform(post("/transfers/" + transfer + "/accept").with(as(staff.newUserIn("UZ-SA", Role.AUDITOR)))
                .with(csrf())).andExpect(status().isForbidden());
        assertThat(cases.byId(shown.id()).orElseThrow().owningOfficeId()).isEqualTo(office("RU-MOW"));
    }

    @Test
    void aRefusalNeedsAReasonAndLeavesTheCaseWhereItWas() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        String homeWorker = staff.newUserIn("UZ-SA", Role.CASE_WORKER);
        ProtectionCase shown = fixtures.aCase("RU-MOW", fixtures.aPersonWhoConsented(), "Wants to go home");
        long transfer = request(consul, shown, "UZ-SA");

        mvc.perform(post("/transfers/" + transfer + "/refuse").with(as(homeWorker)).with(csrf())
                        .header("Accept-Language", "ru").param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Укажите, почему вы отказываетесь принять дело.")));
        mvc.perform(post("/transfers/" + transfer + "/refuse").with(as(homeWorker)).with(csrf())
                .param("reason", "The family lives in Namangan, not Samarkand")).andExpect(status().is3xxRedirection());

        assertThat(cases.byId(shown.id()).orElseThrow().owningOfficeId()).isEqualTo(office("RU-MOW"));
        mvc.perform(post("/transfers/" + transfer + "/accept").with(as(homeWorker)).with(csrf()))
                .andExpect(status().isConflict());
        request(consul, shown, "UZ-NG");
    }

    @Test
    void aTransferToItsOwnOfficeOrASecondWaitingOneIsRefusedWithAMessage() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        ProtectionCase shown = fixtures.aCase("RU-MOW", fixtures.aPersonWhoConsented(), "Lost documents");

        mvc.perform(post("/transfers").with(as(consul)).with(csrf()).header("Accept-Language", "en")
                        .param("caseId", Long.toString(shown.id())).param("toOfficeId", Long.toString(office("RU-MOW")))
                        .param("reason", "Returned"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The case already belongs to this office.")));
        request(consul, shown, "UZ-SA");
        mvc.perform(api.as(consul, post("/api/v1/transfers")).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"caseId": %d, "toOfficeId": %d, "reason": "Returned"}"""
                                .formatted(shown.id(), office("UZ-TK"))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value("A transfer of this case is already waiting for an answer."));
    }

    @Test
    void theSendingOfficeWithdrawsAWaitingTransferTheCaseStaysAndMayBeOfferedAgain() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        String homeWorker = staff.newUserIn("UZ-SA", Role.CASE_WORKER);
        ProtectionCase shown = fixtures.aCase("RU-MOW", fixtures.aPersonWhoConsented(), "Found work again");
        long transfer = request(consul, shown, "UZ-SA");
        mvc.perform(get("/transfers/" + transfer).with(as(consul)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Withdraw the transfer")));
        mvc.perform(get("/transfers/" + transfer).with(as(homeWorker)).header("Accept-Language", "en"))
                .andExpect(content().string(not(containsString("withdraw-form"))));

        mvc.perform(post("/transfers/" + transfer + "/withdraw").with(as(consul)).with(csrf())
                .param("reason", "He signed a new contract in Moscow")).andExpect(status().is3xxRedirection());

        assertThat(cases.byId(shown.id()).orElseThrow().owningOfficeId()).isEqualTo(office("RU-MOW"));
        mvc.perform(get("/transfers/" + transfer).with(as(homeWorker)).header("Accept-Language", "ru"))
                .andExpect(content().string(containsString("Отозвана")))
                .andExpect(content().string(containsString("He signed a new contract in Moscow")))
                .andExpect(content().string(not(containsString("Принять дело"))));
        mvc.perform(post("/transfers/" + transfer + "/accept").with(as(homeWorker)).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("The sending office withdrew this transfer")));
        mvc.perform(api.as(homeWorker, post("/api/v1/transfers/" + transfer + "/refuse")).header("Accept-Language",
                        "uz").contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"No\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Yuborgan boʻlim bu topshirishni qaytarib oldi; unga javob "
                        + "berish shart emas."));
        assertThat(cases.byId(shown.id()).orElseThrow().owningOfficeId()).isEqualTo(office("RU-MOW"));
        assertThat(jdbc.sql("select action from audit_event where entity_id = ? and action like 'CASE_TRANSFER_%'")
                .param(shown.reference()).query(String.class).list())
                .containsExactly("CASE_TRANSFER_REQUESTED", "CASE_TRANSFER_WITHDRAWN");

        mvc.perform(get("/cases/" + shown.id()).with(as(consul)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Transfer to another office")));
        request(consul, shown, "UZ-SA");
    }

    @Test
    void aWithdrawalNeedsAReasonTheSendingOfficeAndATransferStillWaiting() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        String homeWorker = staff.newUserIn("UZ-SA", Role.CASE_WORKER);
        ProtectionCase shown = fixtures.aCase("RU-MOW", fixtures.aPersonWhoConsented(), "Undecided");
        long transfer = request(consul, shown, "UZ-SA");

        mvc.perform(post("/transfers/" + transfer + "/withdraw").with(as(consul)).with(csrf())
                        .header("Accept-Language", "uz-Cyrl").param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Топширишни нега қайтариб олаётганингизни ёзинг.")));
        mvc.perform(post("/transfers/" + transfer + "/withdraw").with(as(homeWorker)).with(csrf())
                .param("reason", "We are full")).andExpect(status().isForbidden());
        mvc.perform(api.as(homeWorker, post("/api/v1/transfers/" + transfer + "/withdraw"))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"We are full\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Only a case officer of the sending office can withdraw this "
                        + "transfer."));
        mvc.perform(post("/transfers/" + transfer + "/withdraw").with(as(staff.newUserIn("KZ-ALA",
                Role.CONSULAR_OFFICER))).with(csrf()).param("reason", "Mine")).andExpect(status().isNotFound());
        mvc.perform(post("/transfers/" + transfer + "/withdraw").with(as(fixtures.aPartnerOf(fixtures.aShelter())))
                .with(csrf()).param("reason", "Mine")).andExpect(status().isForbidden());
        assertThat(statusOf(transfer)).isEqualTo("REQUESTED");

        mvc.perform(api.as(consul, post("/api/v1/transfers/" + transfer + "/withdraw"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Stays in Moscow\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.transfer.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.transfer.withdrawalReason").value("Stays in Moscow"));
        mvc.perform(api.as(consul, post("/api/v1/transfers/" + transfer + "/withdraw")).header("Accept-Language", "ru")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Twice\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("transfer.withdraw.notWaiting"))
                .andExpect(jsonPath("$.detail").value(containsString("ещё ждёт ответа")));
        assertThat(jdbc.sql("select withdrawal_reason from case_transfer where id = ?").param(transfer)
                .query(String.class).single()).isEqualTo("Stays in Moscow");
    }

    private String statusOf(long transfer) {
        return jdbc.sql("select status from case_transfer where id = ?").param(transfer).query(String.class)
                .single();
    }

    private long request(String from, ProtectionCase shown, String toOffice) throws Exception {
        String location = mvc.perform(post("/transfers").with(as(from)).with(csrf())
                        .param("caseId", Long.toString(shown.id())).param("toOfficeId", Long.toString(office(toOffice)))
                        .param("reason", "Returned home on 12 May"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long office(String code) {
        return offices.byCode(code).orElseThrow().id();
    }

    private long userId(String username) {
        return ((org.safar.platform.security.StaffUser) users.loadUserByUsername(username)).id();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
