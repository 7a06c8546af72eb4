package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.safar.people.matching.NameKeys;

/**
 * Two changes of the people registry. A correction of a person's names or birth is matched against the registry
 * again, and the pairs it finds are queued with the source {@code CORRECTION}. And the name keys now fold a
 * passport's kh and zh typed in Russian letters (кх, зх) as the digraph (ADR 0006, addendum), so the keys of the
 * names and other names written with those letters are derived again, and those people are marked changed so that
 * the next duplicate scan looks at them; every other key is unchanged. The keys are made by the Java code that
 * makes them at registration, hence a Java migration.
 */
public class V34__people_correction_source_and_russian_letter_keys extends BaseJavaMigration {

    private static final String RUSSIAN_LETTERS = "'[кКзЗ][хХ]'";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table duplicate_candidate drop constraint duplicate_candidate_source_check");
            statement.execute("""
                    alter table duplicate_candidate add constraint duplicate_candidate_source_check
                        check (source in ('REGISTRATION', 'IMPORT', 'SCAN', 'CORRECTION'))""");
        }
        rekeyPeople(connection);
        rekeyOtherNames(connection);
    }

    private static void rekeyPeople(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet people = select.executeQuery("""
                        select id, family_name, given_names, patronymic from person
                        where concat_ws(' ', family_name, given_names, patronymic) ~ """ + RUSSIAN_LETTERS);
                PreparedStatement update = connection.prepareStatement("""
                        update person set name_key = ?, family_key = ?, given_key = ?, patronymic_key = ?,
                            phonetic_key = ?, updated_at = now() where id = ?""")) {
            while (people.next()) {
                NameKeys keys = NameKeys.of(people.getString(2), people.getString(3), people.getString(4));
                update.setString(1, keys.name());
                update.setString(2, keys.family());
                update.setString(3, keys.given());
                update.setString(4, keys.patronymic());
                update.setString(5, keys.phonetic());
                update.setLong(6, people.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static void rekeyOtherNames(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet names = select.executeQuery(
                        "select id, full_name from person_alias where full_name ~ " + RUSSIAN_LETTERS);
                PreparedStatement update = connection.prepareStatement(
                        "update person_alias set name_key = ? where id = ?")) {
            while (names.next()) {
                update.setString(1, NameKeys.ofLine(names.getString(2)).name());
                update.setLong(2, names.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
