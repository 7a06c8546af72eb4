package org.safar.protection.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safar.people.PersonId;
import org.safar.people.PersonMerged;
import org.safar.platform.DomainException;
import org.safar.platform.security.Role;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.safar.protection.CaseClosed;
import org.safar.protection.CaseIntake;
import org.safar.protection.CaseOpened;
import org.safar.protection.CaseSource;
import org.safar.protection.CaseStatus;
import org.safar.protection.ProtectionCaseFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The workflow: only allowed moves, each audited; what a step needs must be there; plan approval and closure are
 * a supervisor's; a closure needs its reason and a reopening its reason; a refused move changes nothing.
 */
@SafarIntegrationTest
@RecordApplicationEvents
@Import({ ProtectionCaseFixtures.class, StaffFixtures.class })
class CaseWorkflowIntegrationTests {

    @Autowired
    ProtectionCaseFixtures fixtures;

    @Autowired
    StaffFixtures staff;

    @Autowired
    Casework casework;

    @Autowired
    ProtectionCases cases;

    @Autowired
    CaseAccess access;

    @Autowired
    CaseIntake intake;

    @Autowired
    PersonMergeListener mergeListener;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    @Test
    void aCaseIsOpenedInIntakeWithAYearlyReferenceAndTheEventIsPublished() {
        ProtectionCase first = fixtures.rightsCase("caseworker");
        ProtectionCase second = fixtures.rightsCase("caseworker");

        assertThat(first.status()).isEqualTo(CaseStatus.INTAKE);
        assertThat(first.reference()).matches("CASE-" + Year.now() + "-\\d{6}");
        assertThat(Integer.parseInt(second.reference().substring(10)))
                .isEqualTo(Integer.parseInt(first.reference().substring(10)) + 1);
        assertThat(events.stream(CaseOpened.class).map(CaseOpened::reference)).contains(first.reference());
        assertThat(auditActions(first.reference())).contains("CASE_OPENED");
    }

    @Test
    void anImpossibleMoveIsRefusedInTheCallersLanguageAndChangesNothing() throws Exception {
        ProtectionCase c = fixtures.rightsCase("caseworker");

        mvc.perform(post("/api/v1/cases/" + c.id() + "/transitions").header("Authorization",
                fixtures.bearer("caseworker")).header("Accept-Language", "ru")
                .contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"MONITORING\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Дело нельзя перевести из шага «Приём» в шаг «Наблюдение»."))
                .andExpect(jsonPath("$.code").value("case.transition.notAllowed"));

        assertThat(cases.byId(c.id()).orElseThrow().status()).isEqualTo(CaseStatus.INTAKE);
        assertThat(cases.transitions(c.id())).hasSize(1);
    }

    @Test
    void planningNeedsAnAssessment() {
        ProtectionCase c = fixtures.rightsCase("caseworker");
        fixtures.as("caseworker", () -> casework.move(c.id(), CaseStatus.ASSESSMENT, null, null));

        assertThatThrownBy(() -> fixtures.as("caseworker", () -> casework.move(c.id(), CaseStatus.PLAN, null, null)))
                .isInstanceOf(DomainException.class).hasMessage("case.transition.assessmentMissing");
        assertThat(cases.byId(c.id()).orElseThrow().status()).isEqualTo(CaseStatus.ASSESSMENT);
    }

    @Test
    void onlyASupervisorApprovesThePlan() {
        ProtectionCase c = fixtures.rightsCase("caseworker");
        fixtures.planned("caseworker", c.id());

        assertThatThrownBy(() -> fixtures.as("caseworker",
                () -> casework.move(c.id(), CaseStatus.IN_SERVICE, null, null)))
                .isInstanceOf(DomainException.class).hasMessage("case.transition.approveSupervisorOnly");
        ProtectionCase approved = fixtures.as("supervisor",
                () -> casework.move(c.id(), CaseStatus.IN_SERVICE, null, null));

        assertThat(approved.status()).isEqualTo(CaseStatus.IN_SERVICE);
        assertThat(approved.planApprovedBy()).isEqualTo(fixtures.user("supervisor").id());
        assertThat(auditActions(c.reference())).contains("CASE_PLAN_APPROVED");
    }

    @Test
    void approvingAnEmptyPlanIsRefused() {
        ProtectionCase c = fixtures.rightsCase("caseworker");
        fixtures.as("caseworker", () -> {
            casework.move(c.id(), CaseStatus.ASSESSMENT, null, null);
            casework.recordNeed(c.id(), NeedDomain.LEGAL, Severity.MEDIUM, null);
            return casework.move(c.id(), CaseStatus.PLAN, null, null);
        });

        assertThatThrownBy(() -> fixtures.as("supervisor",
                () -> casework.move(c.id(), CaseStatus.IN_SERVICE, null, null)))
                .isInstanceOf(DomainException.class).hasMessage("case.transition.planMissing");
    }

    @Test
    void closingACaseNeedsASupervisorAndAReason() {
        ProtectionCase c = fixtures.rightsCase("caseworker");

        assertThatThrownBy(() -> fixtures.as("caseworker",
                () -> casework.move(c.id(), CaseStatus.CLOSED, ClosureReason.RESOLVED, null)))
                .isInstanceOf(DomainException.class).hasMessage("case.transition.closeSupervisorOnly");
        assertThatThrownBy(() -> fixtures.as("supervisor", () -> casework.move(c.id(), CaseStatus.CLOSED, null, null)))
                .isInstanceOf(DomainException.class).hasMessage("case.transition.closureReasonRequired");
        ProtectionCase closed = fixtures.close("supervisor", c.id());

        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.closureReason()).isEqualTo(ClosureReason.RESOLVED);
        assertThat(closed.closedOn()).isNotNull();
        assertThat(events.stream(CaseClosed.class).map(CaseClosed::reference)).contains(c.reference());
        assertThat(auditActions(c.reference())).contains("CASE_CLOSED");
    }

    @Test
    void aClosedCaseChangesOnlyByReopeningWithAReason() {
        ProtectionCase c = fixtures.rightsCase("caseworker");
        fixtures.close("supervisor", c.id());

        assertThatThrownBy(() -> fixtures.as("caseworker",
                () -> casework.addGoal(c.id(), null, "Too late")))
                .isInstanceOf(DomainException.class).hasMessage("case.closed.noChanges");
        assertThatThrownBy(() -> fixtures.as("caseworker",
                () -> casework.move(c.id(), CaseStatus.ASSESSMENT, null, " ")))
                .isInstanceOf(DomainException.class).hasMessage("case.transition.reopenReasonRequired");
        ProtectionCase reopened = fixtures.as("caseworker",
                () -> casework.move(c.id(), CaseStatus.ASSESSMENT, null, "Employer threatens her again"));

        assertThat(reopened.status()).isEqualTo(CaseStatus.ASSESSMENT);
        assertThat(reopened.closedOn()).isNull();
        assertThat(cases.transitions(c.id())).last().satisfies(t -> {
            assertThat(t.from()).isEqualTo(CaseStatus.CLOSED);
            assertThat(t.reason()).isEqualTo("Employer threatens her again");
        });
        assertThat(auditActions(c.reference())).contains("CASE_REOPENED");
    }

    @Test
    void everyTransitionIsAudited() {
        ProtectionCase c = fixtures.rightsCase("caseworker");
        fixtures.planned("caseworker", c.id());
        fixtures.as("supervisor", () -> casework.move(c.id(), CaseStatus.IN_SERVICE, null, null));
        fixtures.as("caseworker", () -> casework.move(c.id(), CaseStatus.MONITORING, null, null));
        fixtures.close("supervisor", c.id());

        assertThat(auditActions(c.reference())).containsSubsequence("CASE_OPENED", "CASE_STATUS_CHANGED",
                "CASE_STATUS_CHANGED", "CASE_PLAN_APPROVED", "CASE_STATUS_CHANGED", "CASE_CLOSED");
        assertThat(cases.transitions(c.id())).extracting(Transition::to).containsExactly(CaseStatus.INTAKE,
                CaseStatus.ASSESSMENT, CaseStatus.PLAN, CaseStatus.IN_SERVICE, CaseStatus.MONITORING,
                CaseStatus.CLOSED);
    }

    @Test
    void aMemberTakenOffTheTeamOfARestrictedCaseNoLongerSeesIt() {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER, Role.CASE_WORKER);
        String colleague = staff.newUserIn("RU-MOW", Role.CASE_WORKER);
        long colleagueId = fixtures.user(colleague).id();
        ProtectionCase trafficking = fixtures.traffickingCase(consul);
        fixtures.as(consul, () -> {
            casework.addToTeam(trafficking.id(), colleagueId);
            return null;
        });
        assertThat(fixtures.as(colleague, () -> access.read(trafficking.id())).reference())
                .isEqualTo(trafficking.reference());

        fixtures.as(consul, () -> {
            casework.removeFromTeam(trafficking.id(), colleagueId);
            return null;
        });

        assertThat(cases.team(trafficking.id())).doesNotContain(colleagueId);
        assertThatThrownBy(() -> fixtures.as(colleague, () -> access.read(trafficking.id())))
                .isInstanceOf(DomainException.class).hasMessage("error.notFound.detail");
        assertThat(jdbc.sql("""
                select summary from audit_event where action = 'CASE_TEAM_CHANGED' and entity_id = ?
                order by seq""").param(trafficking.reference()).query(String.class).list())
                .containsSubsequence("user " + colleagueId + " added to the team",
                        "user " + colleagueId + " removed from the team");
    }

    @Test
    void theAssignedWorkerCannotBeTakenOffTheTeam() {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER, Role.CASE_WORKER);
        String supervisor = staff.newUserIn("RU-MOW", Role.SUPERVISOR);
        ProtectionCase trafficking = fixtures.traffickingCase(consul);
        long consulId = fixtures.user(consul).id();

        assertThatThrownBy(() -> fixtures.as(supervisor, () -> {
            casework.removeFromTeam(trafficking.id(), consulId);
            return null;
        })).isInstanceOf(DomainException.class).hasMessage("case.team.assignedWorkerStays");
        assertThat(fixtures.as(consul, () -> access.read(trafficking.id())).assignedWorkerId()).isEqualTo(consulId);
        assertThat(auditActions(trafficking.reference())).doesNotContain("CASE_TEAM_CHANGED");
    }

    @Test
    void aWorkerMayNotOpenACaseForAnotherOffice() {
        long almaty = jdbc.sql("select id from office where code = 'KZ-ALA'").query(Long.class).single();
        var type = jdbc.sql("select id from case_type where code = 'RIGHTS_VIOLATION'").query(Long.class).single();
        CaseDetails details = new CaseDetails(type, null, "x", "KZ", null, null, null, CaseSource.WALK_IN,
                java.util.Set.of(), RiskLevel.LOW, almaty, null, false);

        assertThatThrownBy(() -> fixtures.as("caseworker", () -> casework.open(details, List.of())))
                .isInstanceOf(DomainException.class).hasMessage("case.office.notYours");
    }

    @Test
    void anotherModuleOpensACaseThroughTheIntake() {
        long moscow = jdbc.sql("select id from office where code = 'RU-MOW'").query(Long.class).single();
        PersonId person = fixtures.aPerson();

        String reference = intake.open(new CaseIntake.Request("RIGHTS_VIOLATION", "CONFISCATED_DOCUMENTS", person,
                "RU", "Kazan", "Agency Baraka", CaseSource.PUBLIC_REQUEST, "Passport kept by the employer", moscow));

        ProtectionCase opened = cases.byReference(reference).orElseThrow();
        assertThat(opened.owningOfficeId()).isEqualTo(moscow);
        assertThat(opened.agency()).isEqualTo("Agency Baraka");
        assertThat(cases.persons(opened.id())).containsExactly(new CasePerson(person, PersonRole.PRINCIPAL));
    }

    @Test
    void whenTwoRecordsAreMergedTheCasesFollowTheSurvivor() {
        ProtectionCase c = fixtures.rightsCase("caseworker");
        PersonId merged = cases.persons(c.id()).get(0).person();
        PersonId survivor = PersonId.of(jdbc.sql("select id from person where id <> ? and merged_into is null "
                + "limit 1").param(merged.value()).query(Long.class).single());
        fixtures.as("caseworker", () -> {
            casework.addPerson(c.id(), survivor, PersonRole.FAMILY_MEMBER);
            return null;
        });

        mergeListener.on(new PersonMerged(survivor, merged));
        awaitPersons(c.id(), 1);
        mergeListener.on(new PersonMerged(survivor, merged));

        assertThat(awaitPersons(c.id(), 1)).containsExactly(new CasePerson(survivor, PersonRole.PRINCIPAL));
    }

    /** The listener runs asynchronously, after commit, as in production: waits for it up to five seconds. */
    private List<CasePerson> awaitPersons(long caseId, int count) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        List<CasePerson> persons = cases.persons(caseId);
        while (persons.size() != count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            persons = cases.persons(caseId);
        }
        return persons;
    }

    private List<String> auditActions(String reference) {
        return jdbc.sql("select action from audit_event where entity_type = 'ProtectionCase' and entity_id = ? "
                + "order by seq").param(reference).query(String.class).list();
    }
}
