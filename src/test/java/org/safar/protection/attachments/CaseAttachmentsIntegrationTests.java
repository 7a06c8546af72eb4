package org.safar.protection.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.safar.platform.security.Role;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.safar.protection.PartnerFixtures;
import org.safar.protection.cases.ProtectionCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Files on a case: checked by content, downloaded safely and audited, reachable only as the case is. */
@SafarIntegrationTest
@Import(StaffFixtures.class)
class CaseAttachmentsIntegrationTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    StaffFixtures staff;

    @Autowired
    PartnerFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aScanIsAttachedListedAndDownloadedAsAFileWithTheDownloadAudited() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        ProtectionCase shown = fixtures.aCase("RU-MOW", fixtures.aPersonWhoConsented(), "Passport confiscated");

        mvc.perform(multipart("/attachments").file(new MockMultipartFile("file", "passport page.pdf",
                        "application/pdf", PDF)).param("case", Long.toString(shown.id()))
                        .param("description", "Passport page").with(as(consul)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("saved"));
        long id = jdbc.sql("select id from case_attachment where case_id = ?").param(shown.id()).query(Long.class)
                .single();

        mvc.perform(get("/cases/" + shown.id()).with(as(consul)))
                .andExpect(content().string(containsString("passport page.pdf")));
        mvc.perform(get("/attachments/" + id).with(as(consul)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("passport")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PDF));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ATTACHMENT_DOWNLOADED' and entity_id = ?")
                .param(shown.reference()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aProgramNamedLikeAPdfIsRefusedWithTheReasonAndNothingIsKept() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        ProtectionCase shown = fixtures.aCase("RU-MOW", fixtures.aPersonWhoConsented(), "Unsafe work");

        mvc.perform(multipart("/attachments").file(new MockMultipartFile("file", "contract.pdf", "application/pdf",
                        "MZ\u0090 this is a program".getBytes(StandardCharsets.ISO_8859_1)))
                        .param("case", Long.toString(shown.id())).with(as(consul)).with(csrf())
                        .header("Accept-Language", "en"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("refused",
                        "Only PDF, JPEG and PNG files can be attached; this file is none of them."));
        mvc.perform(multipart("/attachments").param("case", Long.toString(shown.id())).with(as(consul)).with(csrf())
                        .header("Accept-Language", "ru"))
                .andExpect(flash().attribute("refused", "Выберите файл для загрузки."));
        assertThat(jdbc.sql("select count(*) from case_attachment where case_id = ?").param(shown.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void filesFollowTheCasesAccessRules() throws Exception {
        String consul = staff.newUserIn("RU-MOW", Role.CONSULAR_OFFICER);
        ProtectionCase shown = fixtures.aCase("RU-MOW", fixtures.aPersonWhoConsented(), "Medical bills");
        mvc.perform(multipart("/attachments").file(new MockMultipartFile("file", "bill.pdf", "application/pdf", PDF))
                .param("case", Long.toString(shown.id())).with(as(consul)).with(csrf()));
        long id = jdbc.sql("select id from case_attachment where case_id = ?").param(shown.id()).query(Long.class)
                .single();

        mvc.perform(get("/attachments/" + id).with(as(staff.newUserIn("UZ-SA", Role.CASE_WORKER))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/attachments/" + id).with(as(fixtures.aPartnerOf(fixtures.aShelter()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/attachments/" + id).with(as("auditor"))).andExpect(status().isOk());
        mvc.perform(post("/attachments/" + id + "/delete").with(as("auditor")).with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/attachments/" + id + "/delete").with(as(consul)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/attachments/" + id).with(as(consul))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ATTACHMENT_DELETED' and entity_id = ?")
                .param(shown.reference()).query(Long.class).single()).isEqualTo(1);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
