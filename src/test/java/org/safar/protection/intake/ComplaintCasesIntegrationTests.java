package org.safar.protection.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.safar.mobility.MobilityFixtures.asSystem;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.safar.mobility.Complaints;
import org.safar.mobility.MobilityFixtures;
import org.safar.mobility.MobilityFixtures.MadeAgency;
import org.safar.platform.accounts.Offices;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A complaint against an agency opens a rights-violation case in the office that took it, and shows its reference. */
@SafarIntegrationTest
class ComplaintCasesIntegrationTests {

    @Autowired
    MobilityFixtures mobility;

    @Autowired
    Complaints complaints;

    @Autowired
    Offices offices;

    @Autowired
    ComplaintCases complaintCases;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aComplaintOpensACaseInIntakeAtTheOfficeThatTookItAndTheComplaintShowsItsReference() {
        MadeAgency agency = mobility.agency("RU");
        long office = offices.byCode("UZ-SA").orElseThrow().id();

        long complaint = asSystem(() -> complaints.file(agency.id(), null, null, "RU",
                "Asked 1,500 USD in fees and kept the passport", office));

        String reference = await().atMost(Duration.ofSeconds(20))
                .until(() -> complaints.byId(complaint).orElseThrow().caseReference(), ref -> ref != null);
        record Opened(String type, long office, String agency, String status, String country, String summary) {
        }
        Opened opened = jdbc.sql("""
                select t.code as type, c.owning_office_id as office, c.agency, c.status, c.country, c.summary
                from protection_case c join case_type t on t.id = c.type_id where c.reference = ?""")
                .param(reference).query(Opened.class).single();
        assertThat(opened.type()).isEqualTo("RIGHTS_VIOLATION");
        assertThat(opened.office()).isEqualTo(office);
        assertThat(opened.agency()).isEqualTo(agency.name());
        assertThat(opened.status()).isEqualTo("INTAKE");
        assertThat(opened.country()).isEqualTo("RU");
        assertThat(opened.summary()).contains("kept the passport");
    }

    @Test
    void aComplaintDeliveredAgainOpensNoSecondCase() {
        MadeAgency agency = mobility.agency("KZ");
        long office = offices.byCode("UZ-SA").orElseThrow().id();
        long complaint = asSystem(() -> complaints.file(agency.id(), null, null, "KZ", "Wages unpaid", office));
        String reference = await().atMost(Duration.ofSeconds(20))
                .until(() -> complaints.byId(complaint).orElseThrow().caseReference(), ref -> ref != null);
        var filed = new org.safar.mobility.ComplaintFiled(complaint, "again", agency.id(), agency.name(), null, null,
                null, "KZ", "Wages unpaid", office);

        asSystem(() -> {
            complaintCases.open(filed);
            return null;
        });

        assertThat(complaints.byId(complaint).orElseThrow().caseReference()).isEqualTo(reference);
        assertThat(jdbc.sql("select count(*) from protection_case where agency = ?").param(agency.name())
                .query(Long.class).single()).isEqualTo(1);
    }
}
