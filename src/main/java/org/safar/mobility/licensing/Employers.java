package org.safar.mobility.licensing;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safar.mobility.MobilityRecordChanged;
import org.safar.platform.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Foreign employers: registered by licensing officers, flagged when under investigation or barred. */
@Service
public class Employers {

    static final Set<String> FLAGS = Set.of("NONE", "INVESTIGATION", "BARRED");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Employers(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public List<Employer> all() {
        return jdbc.sql("select * from employer order by country, name").query(Employers::employer).list();
    }

    public Optional<Employer> byId(long id) {
        return jdbc.sql("select * from employer where id = ?").param(id).query(Employers::employer).optional();
    }

    public Employer require(long id) {
        return byId(id).orElseThrow(DomainException::notFound);
    }

    @Transactional
    public long register(EmployerForm form) {
        if (!Destinations.known(form.getCountry())) {
            throw new DomainException("employer.country.required");
        }
        if (jdbc.sql("select exists (select 1 from employer where country = ? and registration_number = ?)")
                .params(form.getCountry(), form.getRegistrationNumber().trim()).query(Boolean.class).single()) {
            throw new DomainException(409, "employer.registrationNumber.taken", form.getRegistrationNumber().trim());
        }
        long id = jdbc.sql("""
                insert into employer (name, country, registration_number, sector) values (?, ?, ?, ?) returning id""")
                .params(form.getName().trim(), form.getCountry(), form.getRegistrationNumber().trim(),
                        form.getSector().trim())
                .query(Long.class).single();
        events.publishEvent(new MobilityRecordChanged("EMPLOYER_REGISTERED", "Employer", Long.toString(id),
                form.getName().trim() + " (" + form.getCountry() + ")"));
        return id;
    }

    /** Sets the employer's flag; any flag but NONE needs a reason. A barred employer gets no new vacancies. */
    @Transactional
    public void flag(long id, String flag, String reason) {
        Employer employer = require(id);
        if (flag == null || !FLAGS.contains(flag)) {
            throw new DomainException("employer.flag.invalid");
        }
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (!"NONE".equals(flag) && why == null) {
            throw new DomainException("employer.flag.reasonRequired");
        }
        jdbc.sql("update employer set flag = ?, flag_reason = ?, updated_at = now() where id = ?")
                .params(flag, "NONE".equals(flag) ? null : why, id).update();
        events.publishEvent(new MobilityRecordChanged("EMPLOYER_FLAGGED", "Employer", Long.toString(id),
                employer.name() + ": " + flag + (why == null ? "" : " — " + why)));
    }

    private static Employer employer(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Employer(rs.getLong("id"), rs.getString("name"), rs.getString("country"),
                rs.getString("registration_number"), rs.getString("sector"), rs.getString("flag"),
                rs.getString("flag_reason"));
    }
}
