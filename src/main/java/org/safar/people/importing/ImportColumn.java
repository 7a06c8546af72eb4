package org.safar.people.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of a people import, in template order, each named in the header row as {@code header} and bound to
 * the {@link org.safar.people.registry.Registration} property {@code field}. Only the two names are required;
 * other columns may be left out of the file.
 */
public enum ImportColumn {
    FAMILY_NAME("family_name", "familyName"),
    GIVEN_NAMES("given_names", "givenNames"),
    PATRONYMIC("patronymic", "patronymic"),
    SEX("sex", "sex"),
    BIRTH_DATE("birth_date", "birthDate"),
    BIRTH_YEAR("birth_year", "birthYear"),
    CITIZENSHIP("citizenship", "citizenship"),
    BIRTH_PLACE("birth_place", "birthPlace"),
    HOME_REGION("home_region", "homeRegion"),
    HOME_DISTRICT("home_district", "homeDistrict"),
    HOME_ADDRESS("home_address", "homeAddress"),
    CURRENT_COUNTRY("current_country", "currentCountry"),
    DOCUMENT_TYPE("document_type", "documentType"),
    DOCUMENT_NUMBER("document_number", "documentNumber"),
    DOCUMENT_COUNTRY("document_country", "documentCountry"),
    PHONE("phone", "phone");

    private final String header;
    private final String field;

    ImportColumn(String header, String field) {
        this.header = header;
        this.field = field;
    }

    public String header() {
        return header;
    }

    public static List<String> headers() {
        return Arrays.stream(values()).map(ImportColumn::header).toList();
    }

    /** The column named so in a header row, case and surrounding spaces ignored. */
    static Optional<ImportColumn> byHeader(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(column -> column.header.equals(wanted)).findFirst();
    }

    /** The column a {@code Registration} property is read from; family name if none (should not happen). */
    static ImportColumn byField(String field) {
        return Arrays.stream(values()).filter(column -> column.field.equals(field)).findFirst().orElse(FAMILY_NAME);
    }
}
