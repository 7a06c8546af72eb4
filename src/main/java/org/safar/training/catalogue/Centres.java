package org.safar.training.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The training centres and their rooms. */
@Repository
public class Centres {

    private static final String SELECT = """
            select id, code, name_uz, name_uz_cyrl, name_ru, name_en, region_code, address, office_id, null as rooms
              from training_centre""";

    private final JdbcClient jdbc;

    Centres(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Centre> all() {
        return jdbc.sql(SELECT + " order by code").query(Centre.class).list().stream().map(this::withRooms).toList();
    }

    public Optional<Centre> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Centre.class).optional().map(this::withRooms);
    }

    public boolean codeTaken(String code, Long exceptId) {
        return jdbc.sql("select exists (select 1 from training_centre where code = ? and id is distinct from ?)")
                .params(code, exceptId).query(Boolean.class).single();
    }

    private Centre withRooms(Centre centre) {
        return centre.withRooms(jdbc.sql("select id, name, seats from training_room where centre_id = ? order by name")
                .param(centre.id()).query(Centre.Room.class).list());
    }

    long insert(Centre c) {
        return jdbc.sql("""
                insert into training_centre (code, name_uz, name_uz_cyrl, name_ru, name_en, region_code, address,
                       office_id)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(c.code(), c.nameUz(), c.nameUzCyrl(), c.nameRu(), c.nameEn(), c.regionCode(), c.address(),
                        c.officeId())
                .query(Long.class).single();
    }

    void update(Centre c) {
        jdbc.sql("""
                update training_centre set code = ?, name_uz = ?, name_uz_cyrl = ?, name_ru = ?, name_en = ?,
                       region_code = ?, address = ?, office_id = ? where id = ?""")
                .params(c.code(), c.nameUz(), c.nameUzCyrl(), c.nameRu(), c.nameEn(), c.regionCode(), c.address(),
                        c.officeId(), c.id())
                .update();
    }

    long addRoom(long centreId, String name, int seats) {
        return jdbc.sql("insert into training_room (centre_id, name, seats) values (?, ?, ?) returning id")
                .params(centreId, name, seats).query(Long.class).single();
    }

    public boolean roomTaken(long centreId, String name) {
        return jdbc.sql("select exists (select 1 from training_room where centre_id = ? and lower(name) = lower(?))")
                .params(centreId, name).query(Boolean.class).single();
    }
}
