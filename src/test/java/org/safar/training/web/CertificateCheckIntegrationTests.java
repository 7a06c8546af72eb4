package org.safar.training.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.training.certificates.Certificate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.safar.training.certificates.Certificates;

/**
 * The public check of a certificate (in the portal) and the profile section: valid, revoked and unknown codes,
 * nothing shown beyond the holder's name, course and date; a light page; a rate limit per client.
 */
@SafarIntegrationTest
class CertificateCheckIntegrationTests {

    private static final AtomicInteger CLIENT = new AtomicInteger(10);

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Certificates certificates;
    @Autowired UserDetailsService userDetails;

    /** A demo certificate that is not revoked. */
    private Certificate demoCertificate() {
        String code = jdbc.sql("select code from training_certificate where revoked_at is null order by id limit 1")
                .query(String.class).single();
        return certificates.byCode(code).orElseThrow();
    }

    /** The request from a client address of its own, so that tests never share a rate limit. */
    private static MockHttpServletRequestBuilder fromNewClient(MockHttpServletRequestBuilder request) {
        String address = "10.77.0." + CLIENT.incrementAndGet();
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    @Test
    void aValidCertificateShowsTheHolderCourseAndDateOnALightPageWithoutLogin() throws Exception {
        Certificate certificate = demoCertificate();
        var response = mvc.perform(fromNewClient(get("/verify/" + certificate.formattedCode().toLowerCase()))
                .header("Accept-Language", "uz-Cyrl")).andExpect(status().isOk()).andReturn().getResponse();
        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Сертификат ҳақиқий.", certificate.holderCyrillic(), certificate.formattedCode())
                .doesNotContain("<script").doesNotContain(certificate.holderLatin());
        assertThat(response.getContentAsByteArray().length).isLessThan(100_000);
    }

    @Test
    void anUnknownCodeSaysSoAndKeepsWhatWasTyped() throws Exception {
        String page = mvc.perform(fromNewClient(get("/verify/ABCD-EFGH-1234")).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("No certificate has this code.").contains("value=\"ABCD-EFGH-1234\"");
        String form = mvc.perform(get("/verify").header("Accept-Language", "ru")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("Код сертификата").doesNotContain("id=\"verdict\"");
        mvc.perform(get("/verify").param("code", " 7kq2-m9xd ")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/verify/7kq2-m9xd"));
    }

    @Test
    void tooManyChecksFromOneClientAreRefusedFor429() throws Exception {
        String address = "10.78.0." + CLIENT.incrementAndGet();
        int status = 200;
        for (int i = 0; i < 9 && status == 200; i++) {
            status = mvc.perform(get("/verify/ABCD-EFGH-123" + i).with(r -> {
                r.setRemoteAddr(address);
                return r;
            })).andReturn().getResponse().getStatus();
        }
        assertThat(status).isEqualTo(429);
        mvc.perform(get("/verify/ABCD-EFGH-1239").with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
    }

    @Test
    void theProfileListsThePersonsTrainingAndCertificates() throws Exception {
        Certificate certificate = demoCertificate();
        String page = mvc.perform(get("/people/" + certificate.personId())
                .with(user(userDetails.loadUserByUsername("auditor"))).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"training\"").contains(certificate.formattedCode());
    }
}
