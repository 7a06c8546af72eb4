package org.safar.people.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.Duration;
import java.time.Instant;

import org.safar.platform.jobs.BackgroundJob;
import org.safar.platform.jobs.BackgroundJobs;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Uploading a file as a staff member through the page, and waiting for its job to finish. */
record Importing(MockMvc mvc, UserDetailsService users, BackgroundJobs jobs) {

    ResultActions upload(String username, String filename, byte[] content) throws Exception {
        return upload(username, filename, content, "en");
    }

    ResultActions upload(String username, String filename, byte[] content, String language) throws Exception {
        return mvc.perform(multipart("/people/import").file(new MockMultipartFile("file", filename, null, content))
                .header("Accept-Language", language).with(user(users.loadUserByUsername(username))).with(csrf()));
    }

    /** Uploads the file and returns its job once finished. */
    BackgroundJob imported(String username, String filename, byte[] content) throws Exception {
        String location = upload(username, filename, content).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).as("redirect to the job page").matches("/people/import/\\d+");
        return finished(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
    }

    BackgroundJob finished(long jobId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            BackgroundJob job = jobs.find(jobId).orElseThrow();
            if (job.finished()) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + jobId + " did not finish in time");
    }
}
