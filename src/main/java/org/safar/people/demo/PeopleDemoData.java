package org.safar.people.demo;

import org.safar.people.generator.GeneratedPerson;
import org.safar.people.generator.PopulationGenerator;
import org.safar.people.registry.PersonRegistry;
import org.safar.people.registry.Registration;
import org.safar.platform.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo people, loaded once into a registry that has nobody yet, after the demo offices and users: synthetic
 * Uzbek, Tajik, Kyrgyz, Kazakh and Russian names in the scripts and spellings offices really use, a few of them
 * entered twice so that the duplicate review queue has work. Later modules' demo data (cases, applications,
 * enrolments) pick their people from these.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty(name = "safar.demo-data")
class PeopleDemoData implements ApplicationRunner {

    /** How many records the demo registry starts with. */
    static final int RECORDS = 150;

    private static final long SEED = 20261125L;
    private static final double DUPLICATE_SHARE = 0.06;

    private static final Logger log = LoggerFactory.getLogger(PeopleDemoData.class);

    private final PersonRegistry registry;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    PeopleDemoData(PersonRegistry registry, JdbcClient jdbc, TransactionTemplate transaction) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select exists (select 1 from person)").query(Boolean.class).single()) {
            return;
        }
        RunAs.system(RunAs.DEMO, () -> transaction.executeWithoutResult(status ->
                new PopulationGenerator(SEED, DUPLICATE_SHARE).records(RECORDS).forEach(this::register)));
        log.info("Demo data loaded: {} people", RECORDS);
    }

    private void register(GeneratedPerson person) {
        Registration form = person.toRegistration();
        form.setConfirmedNew(true);
        registry.register(form, "DEMO");
    }
}
