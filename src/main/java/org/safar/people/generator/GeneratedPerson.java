package org.safar.people.generator;

import java.time.LocalDate;
import java.util.Set;

import org.safar.people.registry.Registration;

/**
 * One generated record as an office entered it, with the truth beside it: the id of the real person, whether
 * the record repeats one entered before, and how it differs from that one. The fields are those of the people
 * import template.
 *
 * @param recordNo the record's number in the stream, from 1
 * @param truthId the real person's id; records with one truth id are one person
 * @param duplicate whether this record is a repeated entry of a person already in the stream
 * @param noise what differs from the person's first record; empty for a first record
 */
public record GeneratedPerson(long recordNo, long truthId, boolean duplicate, Set<Noise> noise, WrittenIn script,
        String familyName, String givenNames, String patronymic, String sex, LocalDate birthDate,
        Integer birthYear, String citizenship, String birthPlace, String homeRegion, String homeDistrict,
        String homeAddress, String currentCountry, String documentType, String documentNumber,
        String documentCountry, String phone) {

    /** The record as a registration form filled in with it. */
    public Registration toRegistration() {
        Registration form = new Registration();
        form.setFamilyName(familyName);
        form.setGivenNames(givenNames);
        form.setPatronymic(patronymic);
        form.setSex(sex);
        form.setBirthDate(birthDate);
        form.setBirthYear(birthYear);
        form.setCitizenship(citizenship);
        form.setBirthPlace(birthPlace);
        form.setHomeRegion(homeRegion);
        form.setHomeDistrict(homeDistrict);
        form.setHomeAddress(homeAddress);
        form.setCurrentCountry(currentCountry);
        form.setDocumentType(documentType);
        form.setDocumentNumber(documentNumber);
        form.setDocumentCountry(documentCountry);
        form.setPhone(phone);
        return form;
    }
}
