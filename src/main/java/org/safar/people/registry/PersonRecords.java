package org.safar.people.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.safar.people.PersonId;
import org.safar.people.PersonView;
import org.safar.people.matching.NameKeys;
import org.safar.people.matching.Script;
import org.safar.platform.DomainException;
import org.safar.platform.security.SensitiveData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The person table and its satellites, read and written with plain SQL. */
@Repository
public class PersonRecords {

    static final String COLUMNS = """
            p.id, p.reference, p.family_name, p.given_names, p.patronymic, p.name_script, p.sex, p.birth_date,
            p.birth_year, p.citizenship, p.birth_place, p.home_region, p.home_district, p.home_address,
            p.current_country, p.office_id, p.merged_into, p.created_at""";

    private final JdbcClient jdbc;
    private final SensitiveData sensitive;

    PersonRecords(JdbcClient jdbc, SensitiveData sensitive) {
        this.jdbc = jdbc;
        this.sensitive = sensitive;
    }

    /** Inserts the person and their first document and phone; returns the new id. */
    long insert(Registration form, Long officeId) {
        NameKeys keys = NameKeys.of(form.getFamilyName(), form.getGivenNames(), form.getPatronymic());
        long number = jdbc.sql("select nextval('person_reference_seq')").query(Long.class).single();
        String reference = "PER-" + Year.now() + "-" + String.format("%06d", number);
        long id = jdbc.sql("""
                insert into person (reference, family_name, given_names, patronymic, name_script, sex, birth_date,
                    birth_year, citizenship, birth_place, home_region, home_district, home_address, current_country,
                    office_id, name_key, family_key, given_key, patronymic_key, phonetic_key)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(reference, form.getFamilyName(), form.getGivenNames(), form.getPatronymic(),
                        Script.of(form.getFamilyName(), form.getGivenNames(), form.getPatronymic()).code(),
                        form.getSex(), form.getBirthDate(), form.getBirthYear(), form.getCitizenship(),
                        form.getBirthPlace(), form.getHomeRegion(), form.getHomeDistrict(),
                        sensitive.encrypt(form.getHomeAddress()), form.getCurrentCountry(), officeId, keys.name(),
                        keys.family(), keys.given(), keys.patronymic(), keys.phonetic())
                .query(Long.class).single();
        if (form.getDocumentNumber() != null) {
            addDocument(id, form.getDocumentType(), form.getDocumentNumber(), form.getDocumentCountry());
        }
        if (form.getPhone() != null) {
            jdbc.sql("insert into person_contact (person_id, kind, value, value_hash) values (?, 'PHONE', ?, ?)")
                    .params(id, sensitive.encrypt(form.getPhone()),
                            sensitive.lookupHash(Registration.normalisePhone(form.getPhone())))
                    .update();
        }
        return id;
    }

    /**
     * Rewrites a person's basic facts and the name keys derived from them; documents and contacts stay. Returns
     * whether a row was changed (false for an unknown or merged person).
     */
    boolean update(long id, Registration form) {
        NameKeys keys = NameKeys.of(form.getFamilyName(), form.getGivenNames(), form.getPatronymic());
        return jdbc.sql("""
                update person set family_name = ?, given_names = ?, patronymic = ?, name_script = ?, sex = ?,
                    birth_date = ?, birth_year = ?, citizenship = ?, birth_place = ?, home_region = ?,
                    home_district = ?, home_address = ?, current_country = ?, name_key = ?, family_key = ?,
                    given_key = ?, patronymic_key = ?, phonetic_key = ?, updated_at = now()
                where id = ? and merged_into is null""")
                .params(form.getFamilyName(), form.getGivenNames(), form.getPatronymic(),
                        Script.of(form.getFamilyName(), form.getGivenNames(), form.getPatronymic()).code(),
                        form.getSex(), form.getBirthDate(), form.getBirthYear(), form.getCitizenship(),
                        form.getBirthPlace(), form.getHomeRegion(), form.getHomeDistrict(),
                        sensitive.encrypt(form.getHomeAddress()), form.getCurrentCountry(), keys.name(),
                        keys.family(), keys.given(), keys.patronymic(), keys.phonetic(), id)
                .update() == 1;
    }

    /** Keeps a name the person was known by, so that searches and matching still find them by it. */
    void addAlias(PersonView known, String source) {
        NameKeys keys = NameKeys.of(known.familyName(), known.givenNames(), known.patronymic());
        jdbc.sql("insert into person_alias (person_id, full_name, name_key, source) values (?, ?, ?, ?)")
                .params(known.id(), known.fullName(), keys.name(), source).update();
    }

    void addDocument(long personId, String type, String number, String country) {
        jdbc.sql("""
                insert into identity_document (person_id, type, number, number_hash, issuing_country)
                values (?, ?, ?, ?, ?)""")
                .params(personId, type, sensitive.encrypt(number),
                        sensitive.lookupHash(Registration.normaliseDocumentNumber(number)), country)
                .update();
    }

    public Optional<PersonView> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from person p where p.id = ?").param(id).query(this::map)
                .optional();
    }

    /** The person as long as their record is in use; an unknown or merged record is not found. */
    public PersonView live(PersonId person) {
        return byId(person.value()).filter(p -> p.mergedInto() == null).orElseThrow(DomainException::notFound);
    }

    public String reference(long id) {
        return jdbc.sql("select reference from person where id = ?").param(id).query(String.class).single();
    }

    /** Lookup hashes of the documents of several people at once, by person id. */
    Map<Long, Set<String>> documentHashes(Collection<Long> personIds) {
        Map<Long, Set<String>> hashes = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("select person_id, number_hash from identity_document where person_id in (:ids)")
                    .param("ids", List.copyOf(personIds))
                    .query(rs -> {
                        hashes.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2));
                    });
        }
        return hashes;
    }

    Set<String> documentHashes(long personId) {
        return Set.copyOf(jdbc.sql("select number_hash from identity_document where person_id = ?")
                .param(personId).query(String.class).list());
    }

    /** Documents with their numbers decrypted, for the profile page. */
    public List<Document> documents(long personId) {
        return jdbc.sql("""
                select id, type, number, issuing_country, issued_on, expires_on from identity_document
                where person_id = ? order by id""").param(personId)
                .query((rs, n) -> new Document(rs.getLong(1), rs.getString(2), sensitive.decrypt(rs.getBytes(3)),
                        rs.getString(4), date(rs, 5), date(rs, 6)))
                .list();
    }

    public List<Contact> contacts(long personId) {
        return jdbc.sql("select id, kind, value from person_contact where person_id = ? order by id").param(personId)
                .query((rs, n) -> new Contact(rs.getLong(1), rs.getString(2), sensitive.decrypt(rs.getBytes(3))))
                .list();
    }

    /** An identity document as shown; {@code id} names it for a correction or removal. */
    public record Document(long id, String type, String number, String issuingCountry, LocalDate issuedOn,
            LocalDate expiresOn) {
    }

    /** A phone or messenger contact as shown. */
    public record Contact(long id, String kind, String value) {
    }

    PersonView map(ResultSet rs, int row) throws SQLException {
        Timestamp created = rs.getTimestamp("created_at");
        return new PersonView(rs.getLong("id"), rs.getString("reference"), rs.getString("family_name"),
                rs.getString("given_names"), rs.getString("patronymic"), rs.getString("name_script"),
                rs.getString("sex"), date(rs, "birth_date"), (Integer) rs.getObject("birth_year"),
                rs.getString("citizenship"), rs.getString("birth_place"), rs.getString("home_region"),
                rs.getString("home_district"), sensitive.decrypt(rs.getBytes("home_address")),
                rs.getString("current_country"), (Long) rs.getObject("office_id"),
                (Long) rs.getObject("merged_into"), created == null ? null : created.toInstant());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
