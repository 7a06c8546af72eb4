package org.safar.people.generator;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes generated records as the people import template (RFC 4180 CSV, UTF-8, a header row) and their truth
 * as a second file whose rows line up with the template's: {@code row,truth_id,duplicate,script,noise}.
 */
public final class PopulationCsv {

    public static final List<String> COLUMNS = List.of("family_name", "given_names", "patronymic", "sex",
            "birth_date", "birth_year", "citizenship", "birth_place", "home_region", "home_district", "home_address",
            "current_country", "document_type", "document_number", "document_country", "phone");

    public static final List<String> TRUTH_COLUMNS = List.of("row", "truth_id", "duplicate", "script", "noise");

    private PopulationCsv() {
    }

    /** Writes every record of the stream; returns how many. */
    public static long write(Stream<GeneratedPerson> records, Writer people, Writer truth) throws IOException {
        people.write(String.join(",", COLUMNS) + "\r\n");
        truth.write(String.join(",", TRUTH_COLUMNS) + "\r\n");
        long rows = 0;
        StringBuilder line = new StringBuilder(256);
        for (Iterator<GeneratedPerson> it = records.iterator(); it.hasNext(); ) {
            GeneratedPerson p = it.next();
            line.setLength(0);
            field(line, p.familyName()).append(',');
            field(line, p.givenNames()).append(',');
            field(line, p.patronymic()).append(',');
            field(line, p.sex()).append(',');
            field(line, p.birthDate() == null ? null : p.birthDate().toString()).append(',');
            field(line, p.birthYear() == null ? null : p.birthYear().toString()).append(',');
            field(line, p.citizenship()).append(',');
            field(line, p.birthPlace()).append(',');
            field(line, p.homeRegion()).append(',');
            field(line, p.homeDistrict()).append(',');
            field(line, p.homeAddress()).append(',');
            field(line, p.currentCountry()).append(',');
            field(line, p.documentType()).append(',');
            field(line, p.documentNumber()).append(',');
            field(line, p.documentCountry()).append(',');
            field(line, p.phone()).append("\r\n");
            people.append(line);
            rows++;
            truth.write(rows + "," + p.truthId() + "," + p.duplicate() + "," + p.script() + ","
                    + p.noise().stream().map(Noise::name).collect(Collectors.joining("|")) + "\r\n");
        }
        return rows;
    }

    private static StringBuilder field(StringBuilder line, String value) {
        if (value == null) {
            return line;
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return line.append(value);
        }
        return line.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
