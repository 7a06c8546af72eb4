package org.safar.people.web;

import org.safar.people.registry.PersonSearch;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The search box and its optional narrowing fields, as typed. */
class SearchForm {

    private String text;

    @Min(value = 1900, message = "{person.birthYear.invalid}")
    @Max(value = 2100, message = "{person.birthYear.invalid}")
    private Integer birthYear;

    private String documentNumber;

    private String region;

    PersonSearch.Query query() {
        return new PersonSearch.Query(text, birthYear, documentNumber, region);
    }

    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public Integer getBirthYear() { return birthYear; }
    public void setBirthYear(Integer v) { birthYear = v; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String v) { documentNumber = v; }
    public String getRegion() { return region; }
    public void setRegion(String v) { region = v; }
}
