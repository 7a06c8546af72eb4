package org.safar.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.safar.people.generator.GeneratedPerson;
import org.safar.people.generator.PopulationGenerator;
import org.safar.people.matching.NameKeys;
import org.safar.people.matching.Script;
import org.safar.people.registry.Registration;
import org.safar.platform.security.SensitiveData;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads a generated population as the registry stores it — names as entered, keys from {@link NameKeys}, document
 * and phone encrypted with their lookup hashes — through {@code COPY}. Record number n becomes person id n, so the
 * truth needs no lookup. The secondary indexes are dropped for the load and rebuilt from their own definitions.
 */
final class PopulationLoad {

    private static final HexFormat HEX = HexFormat.of();
    private static final List<String> TABLES = List.of("person", "identity_document", "person_contact");

    private final DataSource dataSource;
    private final SensitiveData sensitive;

    PopulationLoad(DataSource dataSource, SensitiveData sensitive) {
        this.dataSource = dataSource;
        this.sensitive = sensitive;
    }

    /** Loads the first {@code count} records; returns the truth id of each, indexed by record number - 1. */
    long[] load(PopulationGenerator generator, int count) throws SQLException {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        List<String> indexes = jdbc.sql("""
                select indexdef from pg_indexes i where tablename in (:tables)
                and not exists (select 1 from pg_constraint c where c.conname = i.indexname)""")
                .param("tables", TABLES).query(String.class).list();
        for (String index : indexes) {
            jdbc.sql("drop index " + index.replaceFirst("(?s)^CREATE (UNIQUE )?INDEX (\\S+) ON.*$", "$2")).update();
        }
        long[] truth = new long[count];
        copy("copy person (id, reference, family_name, given_names, patronymic, name_script, sex, birth_date,"
                + " birth_year, citizenship, birth_place, home_region, home_district, home_address, current_country,"
                + " name_key, family_key, given_key, patronymic_key, phonetic_key) from stdin",
                generator.records(count).iterator(), (p, row) -> {
                    truth[(int) p.recordNo() - 1] = p.truthId();
                    NameKeys keys = NameKeys.of(p.familyName(), p.givenNames(), p.patronymic());
                    Registration form = p.toRegistration();
                    return row(row, p.recordNo(), "PER-BENCH-%07d".formatted(p.recordNo()), form.getFamilyName(),
                            form.getGivenNames(), form.getPatronymic(),
                            Script.of(form.getFamilyName(), form.getGivenNames(), form.getPatronymic()).code(),
                            form.getSex(), form.getBirthDate(), form.getBirthYear(), form.getCitizenship(),
                            form.getBirthPlace(), form.getHomeRegion(), form.getHomeDistrict(),
                            bytes(sensitive.encrypt(form.getHomeAddress())), form.getCurrentCountry(), keys.name(),
                            keys.family(), keys.given(), keys.patronymic(), keys.phonetic());
                });
        copy("copy identity_document (person_id, type, number, number_hash, issuing_country) from stdin",
                generator.records(count).filter(p -> p.documentNumber() != null).iterator(),
                (p, row) -> row(row, p.recordNo(), p.documentType(), bytes(sensitive.encrypt(p.documentNumber())),
                        sensitive.lookupHash(Registration.normaliseDocumentNumber(p.documentNumber())),
                        p.toRegistration().getDocumentCountry()));
        copy("copy person_contact (person_id, kind, value, value_hash) from stdin",
                generator.records(count).filter(p -> p.phone() != null).iterator(),
                (p, row) -> row(row, p.recordNo(), "PHONE", bytes(sensitive.encrypt(p.phone())),
                        sensitive.lookupHash(Registration.normalisePhone(p.phone()))));
        jdbc.sql("select setval(pg_get_serial_sequence('person', 'id'), ?)").param(count).query(Long.class).single();
        jdbc.sql("set maintenance_work_mem = '256MB'").update();
        for (String index : indexes) {
            jdbc.sql(index).update();
        }
        for (String table : TABLES) {
            jdbc.sql("vacuum analyze " + table).update();
        }
        return truth;
    }

    private interface Row {
        StringBuilder write(GeneratedPerson person, StringBuilder row);
    }

    private void copy(String sql, Iterator<GeneratedPerson> people, Row row) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            StringBuilder chunk = new StringBuilder(1 << 20);
            while (people.hasNext()) {
                row.write(people.next(), chunk);
                if (chunk.length() > (1 << 20) - 4096 || !people.hasNext()) {
                    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    chunk.setLength(0);
                }
            }
            copy.endCopy();
        }
    }

    /** One line of COPY text format. */
    static StringBuilder row(StringBuilder line, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                line.append("\\N");
                continue;
            }
            String text = value.toString();
            for (int c = 0; c < text.length(); c++) {
                char ch = text.charAt(c);
                switch (ch) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(ch);
                }
            }
        }
        return line.append('\n');
    }

    private static String bytes(byte[] value) {
        return value == null ? null : "\\x" + HEX.formatHex(value);
    }
}
