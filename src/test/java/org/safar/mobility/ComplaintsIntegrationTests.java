package org.safar.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safar.mobility.MobilityFixtures.asSystem;

import org.junit.jupiter.api.Test;
import org.safar.mobility.MobilityFixtures.MadeAgency;
import org.safar.platform.DomainException;
import org.safar.platform.accounts.Offices;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SafarIntegrationTest
@RecordApplicationEvents
class ComplaintsIntegrationTests {

    @Autowired
    MobilityFixtures fixtures;

    @Autowired
    Complaints complaints;

    @Autowired
    Offices offices;

    @Autowired
    ApplicationEvents events;

    @Test
    void aComplaintIsAnnouncedForTheProtectionModuleWithItsFacts() {
        MadeAgency agency = fixtures.agency("RU");
        long employer = fixtures.employer("RU");
        long office = offices.byCode("UZ-SA").orElseThrow().id();

        long id = asSystem(() -> complaints.file(agency.id(), employer, null, null, "Asked 1500 USD in fees",
                office));

        assertThat(events.stream(ComplaintFiled.class)).singleElement().satisfies(filed -> {
            assertThat(filed.complaintId()).isEqualTo(id);
            assertThat(filed.agencyName()).isEqualTo(agency.name());
            assertThat(filed.employerId()).isEqualTo(employer);
            assertThat(filed.country()).isEqualTo("RU");
            assertThat(filed.person()).isNull();
            assertThat(filed.officeId()).isEqualTo(office);
        });
        assertThat(complaints.againstAgency(agency.id())).extracting(Complaints.Complaint::id).containsExactly(id);
    }

    @Test
    void theProtectionCaseOpenedForAComplaintIsLinkedOnce() {
        MadeAgency agency = fixtures.agency("RU");
        long office = offices.byCode("HQ").orElseThrow().id();
        long id = asSystem(() -> complaints.file(agency.id(), null, null, "RU", "Passport kept by the agency",
                office));

        asSystem(() -> {
            complaints.linkCase(id, "CASE-2026-000042");
            complaints.linkCase(id, "CASE-2026-000042");
            return null;
        });

        assertThat(complaints.byId(id).orElseThrow().caseReference()).isEqualTo("CASE-2026-000042");
    }

    @Test
    void aComplaintNeedsSomeoneToComplainAbout() {
        assertThatThrownBy(() -> complaints.file(null, null, null, "RU", "Something happened", 1))
                .isInstanceOf(DomainException.class).hasMessage("complaint.against.required");
    }
}
