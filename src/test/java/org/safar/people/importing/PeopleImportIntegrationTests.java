package org.safar.people.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safar.people.matching.ScriptTransliteration;
import org.safar.people.registry.PersonRegistry;
import org.safar.people.registry.Registration;
import org.safar.platform.jobs.BackgroundJob;
import org.safar.platform.jobs.BackgroundJobs;
import org.safar.platform.jobs.JobStatus;
import org.safar.platform.security.Role;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.platform.testing.StaffFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Importing people from CSV and XLSX files as a case worker does, through the pages. */
@SafarIntegrationTest
@Import(StaffFixtures.class)
class PeopleImportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    BackgroundJobs jobs;

    @Autowired
    PersonRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffFixtures staff;

    Importing importing;
    String caseWorker;

    @BeforeEach
    void importing() {
        importing = new Importing(mvc, users, jobs);
        caseWorker = staff.newUser(Role.CASE_WORKER);
    }

    @Test
    void validRowsAreCreatedAndInvalidOnesReportedByRowAndColumnInTheReadersLanguage() throws Exception {
        ImportFiles file = ImportFiles.withRows().someone("1985-03-14")
                .row(ImportFiles.uniqueFamilyName(), ImportFiles.uniqueGivenName(), "M", "14.03.1985", "UZ-TO")
                .someone("1990-11-02")
                .row(ImportFiles.uniqueFamilyName(), "", "F", "1992-01-01", "UZ-TO");

        BackgroundJob job = importing.imported(caseWorker, "people.csv", file.csv());

        assertThat(job.status()).isEqualTo(JobStatus.DONE);
        assertThat(job.counts().created()).isEqualTo(2);
        assertThat(job.counts().errors()).isEqualTo(2);
        assertThat(people(file.row(0).get(0))).isEqualTo(1);
        assertThat(people(file.row(1).get(0))).isZero();
        page(job, "en").andExpect(status().isOk())
                .andExpect(content().string(containsString("Row 3, column birth_date: the date must look like 1990-05-31")))
                .andExpect(content().string(containsString("Row 5, column given_names: Enter the given name.")));
        page(job, "ru").andExpect(status().isOk())
                .andExpect(content().string(containsString("Строка 3, столбец birth_date: дата должна выглядеть так: 1990-05-31")));
    }

    @Test
    void theSameFileImportedAgainCreatesNobodyNew() throws Exception {
        ImportFiles file = ImportFiles.withRows().someone("1979-06-30").someone("1981-07-01");
        importing.imported(caseWorker, "people.csv", file.csv());

        BackgroundJob again = importing.imported(caseWorker, "people-again.csv", file.csv());

        assertThat(again.status()).isEqualTo(JobStatus.DONE);
        assertThat(again.counts().created()).isZero();
        assertThat(again.processed()).isEqualTo(2);
        assertThat(people(file.row(0).get(0))).isEqualTo(1);
        assertThat(people(file.row(1).get(0))).isEqualTo(1);
        page(again, "en").andExpect(content().string(containsString("rows imported before, skipped")));
    }

    @Test
    void anXlsxWorkbookImportsLikeACsvFile() throws Exception {
        ImportFiles file = ImportFiles.withRows().someone("1988-02-29")
                .row(ImportFiles.uniqueFamilyName(), ImportFiles.uniqueGivenName(), "X", "1988-02-28", "UZ-TO");

        BackgroundJob job = importing.imported(caseWorker, "people.xlsx", file.xlsx());

        assertThat(job.status()).isEqualTo(JobStatus.DONE);
        assertThat(job.counts().created()).isEqualTo(1);
        assertThat(job.counts().errors()).isEqualTo(1);
        assertThat(people(file.row(0).get(0))).isEqualTo(1);
        page(job, "en").andExpect(content().string(containsString("Row 3, column sex: Choose male or female.")));
    }

    @Test
    void aRowMatchingSomeoneRegisteredInAnotherScriptIsRegisteredAndQueuedForReview() throws Exception {
        Registration existing = new Registration();
        existing.setFamilyName(ImportFiles.uniqueFamilyName());
        existing.setGivenNames(ImportFiles.uniqueGivenName());
        existing.setSex("M");
        existing.setBirthDate(LocalDate.of(1975, 4, 12));
        long existingId = registry.register(existing, "TEST").registered().value();
        ImportFiles file = ImportFiles.withRows().row(ScriptTransliteration.toUzbekCyrillic(existing.getFamilyName()),
                ScriptTransliteration.toUzbekCyrillic(existing.getGivenNames()), "M", "1975-04-12", "UZ-TO");

        BackgroundJob job = importing.imported(caseWorker, "people.csv", file.csv());

        assertThat(job.counts().duplicates()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from duplicate_candidate
                where ? in (person_low, person_high) and source = 'IMPORT' and status = 'OPEN'""")
                .param(existingId).query(Long.class).single()).isEqualTo(1);
        String reference = jdbc.sql("select reference from person where id = ?").param(existingId)
                .query(String.class).single();
        page(job, "en").andExpect(content().string(containsString(reference)))
                .andExpect(content().string(containsString("same name in another script")));
    }

    @Test
    void theTemplatesDownloadInBothFormatsAndAFilledOneImports() throws Exception {
        byte[] csv = mvc.perform(get("/people/import/template.csv").with(user(users.loadUserByUsername(caseWorker))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String header = new String(csv, StandardCharsets.UTF_8);
        assertThat(header).startsWith("\uFEFFfamily_name,given_names,patronymic,sex,birth_date,birth_year");
        byte[] xlsx = mvc.perform(get("/people/import/template.xlsx").with(user(users.loadUserByUsername(caseWorker))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                var rows = workbook.getFirstSheet().openStream()) {
            Row first = rows.findFirst().orElseThrow();
            assertThat(first.getCellText(0)).isEqualTo("family_name");
            assertThat(first.getCellCount()).isEqualTo(ImportColumn.values().length);
        }
        String familyName = ImportFiles.uniqueFamilyName();
        String filled = header + familyName + "," + ImportFiles.uniqueGivenName()
                + ",,F,,1970,UZ,,UZ-SA,,,,PASSPORT,AB" + System.nanoTime() % 10_000_000 + ",UZ,+998 90 111 22 33\r\n";

        BackgroundJob job = importing.imported(caseWorker, "filled.csv", filled.getBytes(StandardCharsets.UTF_8));

        assertThat(job.counts().created()).isEqualTo(1);
        assertThat(people(familyName)).isEqualTo(1);
    }

    @Test
    void anEmptyFileOrOneOfAnotherTypeIsRefusedWithATranslatedMessage() throws Exception {
        importing.upload(caseWorker, "people.csv", new byte[0]).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a file; the one sent is empty.")));
        importing.upload(caseWorker, "people.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().string(containsString("Only CSV and XLSX files can be imported.")));
        importing.upload(caseWorker, "people.xlsx", ImportFiles.withRows().csv(), "ru")
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().string(containsString("Импортировать можно только файлы CSV и XLSX.")));
        importing.upload(caseWorker, "people.csv", new byte[(int) ImportFile.DEFAULT_MAX_BYTES + 1])
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("The file is larger than 10 MB.")));
    }

    @Test
    void aFileWithoutTheNameColumnsFailsWithAReasonNotAStackTrace() throws Exception {
        byte[] file = "name;birth\r\nSomeone;1990\r\n".getBytes(StandardCharsets.UTF_8);

        BackgroundJob job = importing.imported(caseWorker, "people.csv", file);

        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.reasonKey()).isEqualTo("import.failed.header");
        page(job, "en").andExpect(content().string(containsString("The first row must name the columns")));
    }

    @Test
    void anotherCaseWorkerCannotSeeMyImportButASupervisorCan() throws Exception {
        BackgroundJob job = importing.imported(caseWorker, "people.csv", ImportFiles.withRows().someone("1991-09-09").csv());
        String colleague = staff.newUser(Role.CASE_WORKER);
        String supervisor = staff.newUser(Role.SUPERVISOR);

        mvc.perform(get("/people/import/" + job.id()).with(user(users.loadUserByUsername(colleague))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/people/import/" + job.id() + "/progress").with(user(users.loadUserByUsername(colleague))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/people/import/" + job.id()).with(user(users.loadUserByUsername(supervisor))))
                .andExpect(status().isOk());
    }

    @Test
    void anAnalystIsRefusedTheImportPage() throws Exception {
        mvc.perform(get("/people/import").with(user(users.loadUserByUsername("analyst"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anImportLeftRunningByAnEarlierRunIsMarkedFailedAsInterrupted() throws Exception {
        long id = jdbc.sql("""
                insert into background_job (kind, owner, status, runner, started_at, updated_at)
                values (?, ?, 'RUNNING', 'an-earlier-run', now() - interval '1 hour', now() - interval '1 hour')
                returning id""").params(PeopleImport.KIND, caseWorker).query(Long.class).single();

        jobs.failInterrupted();

        BackgroundJob job = jobs.find(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.reasonKey()).isEqualTo(BackgroundJobs.INTERRUPTED);
        page(job, "en").andExpect(content().string(containsString("interrupted by a restart")));
    }

    private org.springframework.test.web.servlet.ResultActions page(BackgroundJob job, String language)
            throws Exception {
        MockHttpServletRequestBuilder request = get("/people/import/" + job.id())
                .header("Accept-Language", language).with(user(users.loadUserByUsername(job.owner())));
        return mvc.perform(request);
    }

    private long people(String familyName) {
        return jdbc.sql("select count(*) from person where family_name = ?").param(familyName).query(Long.class)
                .single();
    }

}
