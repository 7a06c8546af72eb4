package org.safar.protection.providers;

import org.safar.protection.cases.ServiceType;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safar.platform.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The registry of service providers, searched by country, kind and service. Every change is audited. */
@Repository
public class ServiceProviders {

    private static final String COLUMNS = """
            id, name, kind, country, city, address, phone, email, services, languages, notes, active""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ServiceProviders(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** What to look for; every part optional. */
    public record Query(String text, String country, ProviderKind kind, ServiceType service, boolean activeOnly) {

        public static Query all() {
            return new Query(null, null, null, null, false);
        }
    }

    public List<ServiceProvider> search(Query query) {
        return jdbc.sql("select " + COLUMNS + """
                 from service_provider
                where (cast(:text as text) is null or name ilike '%' || :text || '%' or city ilike '%' || :text || '%')
                  and (cast(:country as text) is null or country = :country)
                  and (cast(:kind as text) is null or kind = :kind)
                  and (cast(:service as text) is null or :service = any (services))
                  and (not :activeOnly or active)
                order by country, name""")
                .param("text", blankToNull(query.text()))
                .param("country", blankToNull(query.country()))
                .param("kind", query.kind() == null ? null : query.kind().name())
                .param("service", query.service() == null ? null : query.service().name())
                .param("activeOnly", query.activeOnly())
                .query(ServiceProviders::map).list();
    }

    public Optional<ServiceProvider> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from service_provider where id = ?").param(id)
                .query(ServiceProviders::map).optional();
    }

    public ServiceProvider require(long id) {
        return byId(id).orElseThrow(() -> new DomainException(404, "provider.notFound"));
    }

    /** The countries where the registry has providers. */
    public List<String> countries() {
        return jdbc.sql("select distinct country from service_provider order by country").query(String.class).list();
    }

    public boolean any() {
        return jdbc.sql("select exists (select 1 from service_provider)").query(Boolean.class).single();
    }

    @Transactional
    public long create(ProviderDetails details) {
        long id = jdbc.sql("""
                insert into service_provider (name, kind, country, city, address, phone, email, services, languages,
                                              notes, active)
                values (?, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), ?, ?, ?) returning id""")
                .params(details.name(), details.kind().name(), details.country(), details.city(), details.address(),
                        details.phone(), details.email(), services(details.services()), details.languages(),
                        details.notes(), details.active())
                .query(Long.class).single();
        events.publishEvent(new ProviderSaved(id, details.name(), true));
        return id;
    }

    @Transactional
    public void update(long id, ProviderDetails details) {
        int updated = jdbc.sql("""
                update service_provider set name = ?, kind = ?, country = ?, city = ?, address = ?, phone = ?,
                       email = ?, services = string_to_array(?, ','), languages = ?, notes = ?, active = ?,
                       updated_at = now()
                 where id = ?""")
                .params(details.name(), details.kind().name(), details.country(), details.city(), details.address(),
                        details.phone(), details.email(), services(details.services()), details.languages(),
                        details.notes(), details.active(), id)
                .update();
        if (updated == 0) {
            throw new DomainException(404, "provider.notFound");
        }
        events.publishEvent(new ProviderSaved(id, details.name(), false));
    }

    private static String services(Set<ServiceType> services) {
        return services.stream().sorted().map(Enum::name).reduce((a, b) -> a + "," + b).orElse("");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static ServiceProvider map(ResultSet rs, int row) throws SQLException {
        Set<ServiceType> services = EnumSet.noneOf(ServiceType.class);
        Array array = rs.getArray("services");
        Arrays.stream((String[]) array.getArray()).filter(s -> !s.isEmpty()).map(ServiceType::valueOf)
                .forEach(services::add);
        return new ServiceProvider(rs.getLong("id"), rs.getString("name"), ProviderKind.valueOf(rs.getString("kind")),
                rs.getString("country"), rs.getString("city"), rs.getString("address"), rs.getString("phone"),
                rs.getString("email"), services, rs.getString("languages"), rs.getString("notes"),
                rs.getBoolean("active"));
    }
}
