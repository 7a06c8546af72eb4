package org.safar.people.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safar.people.matching.ScriptTransliteration;
import org.safar.platform.security.AccessTokens;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

/** Registering, finding, reading and correcting people through the API, as a case worker's client would. */
@SafarIntegrationTest
class PeopleApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccessTokens tokens;

    @Autowired
    UserDetailsService users;

    ApiCallers callers;

    @BeforeEach
    void callers() {
        callers = new ApiCallers(tokens, users);
    }

    @Test
    void aRegisteredPersonIsCreatedAndCanBeReadAtItsLocation() throws Exception {
        String document = Registrations.uniqueDocumentNumber();
        Registrations someone = Registrations.someone().with("documentNumber", document)
                .with("phone", "+998 90 123 45 67").with("homeRegion", "UZ-SA");

        String location = register(someone).andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/people/")))
                .andExpect(jsonPath("$.reference", startsWith("PER-")))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(callers.as("caseworker", get(location))).andExpect(status().isOk())
                .andExpect(jsonPath("$.familyName").value(someone.get("familyName")))
                .andExpect(jsonPath("$.birthDate").value(someone.get("birthDate")))
                .andExpect(jsonPath("$.homeRegion").value("UZ-SA"))
                .andExpect(jsonPath("$.documents[0].number").value(document))
                .andExpect(jsonPath("$.documents[0].type").value("PASSPORT"))
                .andExpect(jsonPath("$.contacts[0].value").value("+998 90 123 45 67"))
                .andExpect(jsonPath("$.mergedInto").doesNotExist());
    }

    @Test
    void theSameNameInCyrillicWithTheSameBirthYearIsHeldBackUntilConfirmed() throws Exception {
        Registrations first = Registrations.someone();
        long firstId = id(register(first).andExpect(status().isCreated()));
        Registrations again = Registrations.someone()
                .with("familyName", ScriptTransliteration.toUzbekCyrillic((String) first.get("familyName")))
                .with("givenNames", ScriptTransliteration.toUzbekCyrillic((String) first.get("givenNames")))
                .with("birthDate", null).with("birthYear", year(first));

        register(again).andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Conflict"))
                .andExpect(jsonPath("$.detail", startsWith("People who may be the same person")))
                .andExpect(jsonPath("$.candidates[0].id").value(firstId))
                .andExpect(jsonPath("$.candidates[0].decision").isString())
                .andExpect(jsonPath("$.candidates[0].reasons[*].code", hasItem("otherScript")));
        mvc.perform(callers.as("caseworker", get("/api/v1/people").param("q", name(first))))
                .andExpect(jsonPath("$", hasSize(1)));

        register(again.with("confirmedNew", true)).andExpect(status().isCreated());
        mvc.perform(callers.as("caseworker", get("/api/v1/people").param("q", name(first))))
                .andExpect(jsonPath("$", hasSize(2)));
    }

    @Test
    void aSearchInLatinLettersFindsAPersonEnteredInCyrillic() throws Exception {
        Registrations latin = Registrations.someone();
        Registrations cyrillic = Registrations.someone()
                .with("familyName", ScriptTransliteration.toUzbekCyrillic((String) latin.get("familyName")))
                .with("givenNames", ScriptTransliteration.toUzbekCyrillic((String) latin.get("givenNames")));
        long id = id(register(cyrillic).andExpect(status().isCreated()));

        mvc.perform(callers.as("caseworker", get("/api/v1/people").param("q", name(latin))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].familyName").value(cyrillic.get("familyName")))
                .andExpect(jsonPath("$[0].nameLatin").value(latin.get("familyName") + " " + latin.get("givenNames")))
                .andExpect(jsonPath("$[0].similarity", greaterThan(0.5)));
    }

    @Test
    void aSearchByDocumentNumberFindsOnlyItsHolder() throws Exception {
        String document = Registrations.uniqueDocumentNumber();
        long id = id(register(Registrations.someone().with("documentNumber", document))
                .andExpect(status().isCreated()));

        mvc.perform(callers.as("auditor", get("/api/v1/people").param("documentNumber", document.toLowerCase())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", contains((int) id)));
    }

    @Test
    void aCorrectedNameIsFoundAndTheCorrectionIsAudited() throws Exception {
        Registrations someone = Registrations.someone();
        long id = id(register(someone).andExpect(status().isCreated()));
        Registrations corrected = Registrations.someone().with("birthDate", someone.get("birthDate"));

        mvc.perform(callers.as("caseworker", put("/api/v1/people/" + id)).contentType(MediaType.APPLICATION_JSON)
                .content(corrected.json()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.familyName").value(corrected.get("familyName")));

        mvc.perform(callers.as("caseworker", get("/api/v1/people").param("q", name(corrected))))
                .andExpect(jsonPath("$[0].id").value(id));
        assertThat(jdbc.sql("select summary from audit_event where action = 'PERSON_UPDATED' and entity_id = ?")
                .param(Long.toString(id)).query(String.class).list())
                .singleElement().asString().contains("familyName, givenNames").contains("via API");
    }

    @Test
    void theHomeDistrictAndRegionAreNamedInTheCallersLanguageBesideTheirCodes() throws Exception {
        var district = jdbc.sql("select code, name_ru, name_en from district where region_code = 'UZ-SA' "
                + "order by sort_order limit 1").query().singleRow();
        long id = id(register(Registrations.someone().with("homeRegion", "UZ-SA")
                .with("homeDistrict", district.get("code"))).andExpect(status().isCreated()));

        mvc.perform(callers.as("caseworker", get("/api/v1/people/" + id)).header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.homeDistrict").value(district.get("code")))
                .andExpect(jsonPath("$.homeDistrictName").value(district.get("name_ru")))
                .andExpect(jsonPath("$.homeRegion").value("UZ-SA"))
                .andExpect(jsonPath("$.homeRegionName").value(regionName("name_ru")));
        mvc.perform(callers.as("caseworker", get("/api/v1/people/" + id)).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.homeDistrictName").value(district.get("name_en")))
                .andExpect(jsonPath("$.homeRegionName").value(regionName("name_en")));
    }

    @Test
    void anOtherNameAndADocumentAreRemovedByTheIdsTheRecordListsButNotTheCurrentName() throws Exception {
        Registrations someone = Registrations.someone().with("documentNumber", Registrations.uniqueDocumentNumber());
        long id = id(register(someone).andExpect(status().isCreated()));
        Registrations renamed = Registrations.someone().with("birthDate", someone.get("birthDate"));
        mvc.perform(callers.as("caseworker", put("/api/v1/people/" + id)).contentType(MediaType.APPLICATION_JSON)
                .content(renamed.json())).andExpect(status().isOk());
        mvc.perform(callers.as("caseworker", put("/api/v1/people/" + id)).contentType(MediaType.APPLICATION_JSON)
                .content(someone.json())).andExpect(status().isOk());
        String read = mvc.perform(callers.as("caseworker", get("/api/v1/people/" + id)))
                .andExpect(jsonPath("$.otherNames", hasSize(2))).andReturn().getResponse().getContentAsString();
        long current = ((Number) JsonPath.read(read, "$.otherNames[0].id")).longValue();
        long earlier = ((Number) JsonPath.read(read, "$.otherNames[1].id")).longValue();
        long document = ((Number) JsonPath.read(read, "$.documents[0].id")).longValue();

        mvc.perform(callers.as("caseworker", delete("/api/v1/people/" + id + "/aliases/" + current)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("person.alias.isCurrentName"));
        mvc.perform(callers.as("caseworker", delete("/api/v1/people/" + id + "/aliases/" + earlier)))
                .andExpect(status().isNoContent());
        mvc.perform(callers.as("caseworker", delete("/api/v1/people/" + id + "/documents/" + document)))
                .andExpect(status().isNoContent());
        mvc.perform(callers.as("auditor", delete("/api/v1/people/" + id + "/aliases/" + current)))
                .andExpect(status().isForbidden());

        mvc.perform(callers.as("caseworker", get("/api/v1/people/" + id)))
                .andExpect(jsonPath("$.otherNames[*].id", contains((int) current)))
                .andExpect(jsonPath("$.documents", hasSize(0)));
        mvc.perform(callers.as("caseworker", get("/api/v1/people").param("q", name(renamed))))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
    }

    @Test
    void aCorrectionThatMakesARecordLookLikeSomeoneRegisteredListsAndQueuesThePair() throws Exception {
        Registrations registered = Registrations.someone();
        long registeredId = id(register(registered).andExpect(status().isCreated()));
        long typedWrong = id(register(Registrations.someone()).andExpect(status().isCreated()));
        Registrations corrected = Registrations.someone()
                .with("familyName", ScriptTransliteration.toUzbekCyrillic((String) registered.get("familyName")))
                .with("givenNames", ScriptTransliteration.toUzbekCyrillic((String) registered.get("givenNames")))
                .with("birthDate", registered.get("birthDate"));

        mvc.perform(callers.as("caseworker", put("/api/v1/people/" + typedWrong))
                .contentType(MediaType.APPLICATION_JSON).content(corrected.json()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.familyName").value(corrected.get("familyName")))
                .andExpect(jsonPath("$.possibleDuplicates", contains((int) registeredId)));
        assertThat(jdbc.sql("""
                select source || ' ' || status from duplicate_candidate
                where person_low = least(?, ?) and person_high = greatest(?, ?)""")
                .params(typedWrong, registeredId, typedWrong, registeredId).query(String.class).single())
                .isEqualTo("CORRECTION OPEN");
    }

    @Test
    void theCurrentNameWrittenInAnotherScriptIsNotAnOtherNameToRemove() throws Exception {
        Registrations latin = Registrations.someone();
        long id = id(register(latin).andExpect(status().isCreated()));
        Registrations cyrillic = Registrations.someone()
                .with("familyName", ScriptTransliteration.toUzbekCyrillic((String) latin.get("familyName")))
                .with("givenNames", ScriptTransliteration.toUzbekCyrillic((String) latin.get("givenNames")))
                .with("birthDate", latin.get("birthDate"));
        String read = mvc.perform(callers.as("caseworker", put("/api/v1/people/" + id))
                .contentType(MediaType.APPLICATION_JSON).content(cyrillic.json()))
                .andExpect(jsonPath("$.otherNames[0].fullName").value(name(latin)))
                .andReturn().getResponse().getContentAsString();
        long latinSpelling = ((Number) JsonPath.read(read, "$.otherNames[0].id")).longValue();

        mvc.perform(callers.as("caseworker", delete("/api/v1/people/" + id + "/aliases/" + latinSpelling))
                .header("Accept-Language", "ru"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("person.alias.isCurrentName"))
                .andExpect(jsonPath("$.detail", startsWith("Это текущее имя лица или то же имя в другой")));
        mvc.perform(callers.as("caseworker", get("/api/v1/people/" + id)))
                .andExpect(jsonPath("$.otherNames[*].id", contains((int) latinSpelling)));
    }

    @Test
    void aMergedRecordIsReadWithTheIdOfTheRecordThatRemainsButCannotBeChanged() throws Exception {
        long survivor = id(register(Registrations.someone()).andExpect(status().isCreated()));
        Registrations duplicate = Registrations.someone();
        long merged = id(register(duplicate).andExpect(status().isCreated()));
        jdbc.sql("update person set merged_into = ? where id = ?").params(survivor, merged).update();

        mvc.perform(callers.as("caseworker", get("/api/v1/people/" + merged))).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(merged))
                .andExpect(jsonPath("$.mergedInto").value(survivor));
        mvc.perform(callers.as("caseworker", put("/api/v1/people/" + merged))
                .contentType(MediaType.APPLICATION_JSON).content(duplicate.with("sex", "F").json()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("peopleapi.merged"));
    }

    private ResultActions register(Registrations registration) throws Exception {
        return mvc.perform(callers.as("caseworker", post("/api/v1/people")).contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en").content(registration.json()));
    }

    private String regionName(String column) {
        return jdbc.sql("select " + column + " from region where code = 'UZ-SA'").query(String.class).single();
    }

    private static long id(ResultActions created) throws Exception {
        return ((Number) JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    private static String name(Registrations registration) {
        return registration.get("familyName") + " " + registration.get("givenNames");
    }

    private static int year(Registrations registration) {
        return Integer.parseInt(((String) registration.get("birthDate")).substring(0, 4));
    }
}
