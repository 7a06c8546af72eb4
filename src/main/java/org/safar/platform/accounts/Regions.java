package org.safar.platform.accounts;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 14 regions of Uzbekistan, in their customary order, and their districts. */
@Repository
public class Regions {

    private final JdbcClient jdbc;

    Regions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String code) {
        return jdbc.sql("select exists (select 1 from region where code = ?)").param(code).query(Boolean.class)
                .single();
    }

    public List<Region> all() {
        return jdbc.sql("select code, name_uz, name_uz_cyrl, name_ru, name_en from region order by sort_order")
                .query(Region.class).list();
    }

    /** The districts and district-level cities of a region, cities first; empty for an unknown region. */
    public List<District> districts(String regionCode) {
        return jdbc.sql("""
                select code, region_code, name_uz, name_uz_cyrl, name_ru, name_en from district
                where region_code = ? order by sort_order""").param(regionCode).query(District.class).list();
    }
}
