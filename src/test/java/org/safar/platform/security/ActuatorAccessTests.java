package org.safar.platform.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** Health and metrics are for administrators (or a separate management port), not for the public. */
@SafarIntegrationTest
class ActuatorAccessTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anAnonymousVisitorCannotReadMetrics() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/actuator/health")).andExpect(redirectedUrl("/login"));
    }

    @Test
    @WithUserDetails("caseworker")
    void aCaseWorkerIsRefusedTheMetrics() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorReadsHealthAndPrometheusMetrics() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"status\":\"UP\"")));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }
}
