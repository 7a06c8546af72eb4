package org.safar.platform.command;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

/**
 * Administrative commands run from the command line ({@code bin/safar audit verify}): the application starts
 * without listening on any port, runs the command against the configured database and exits with its status.
 * It keeps its servlet context ({@code server.port=-1} rather than no web application at all) because beans
 * such as the account administration need the web-only session repository.
 */
public final class Commands {

    static final String PROPERTY = "safar.command";

    private static final Map<String, String> KNOWN = Map.of("audit verify", "audit-verify");

    /** Warns at every start that our own authentication provider is used, which is intended. */
    private static final String QUIET_WARNING = "org.springframework.security.config.annotation.authentication"
            + ".configuration.InitializeUserDetailsBeanManagerConfigurer";

    /** Exit status of a command that could not run at all, e.g. because the database is unreachable. */
    public static final int COULD_NOT_RUN = 3;

    private Commands() {
    }

    /**
     * Prepares {@code application} for a command if {@code args} name one and says whether they did; leaves it
     * alone otherwise.
     */
    public static boolean configure(SpringApplication application, String[] args) {
        String words = String.join(" ", Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList());
        String command = KNOWN.get(words);
        if (command == null) {
            return false;
        }
        application.setBannerMode(Banner.Mode.OFF);
        application.addListeners(new CommandSettings(Map.of(PROPERTY, command, "logging.level.root", "WARN",
                "logging.level." + QUIET_WARNING, "ERROR", "safar.demo-data", "false",
                "spring.main.log-startup-info", "false", "server.port", "-1", "management.server.port", "",
                "spring.session.jdbc.cleanup-cron", "-")));
        return true;
    }

    /**
     * Puts the command's settings above {@code application.yml} and the environment (a command never serves
     * pages, loads demo data or cleans sessions), after the configuration files are read and before logging
     * is set up from them.
     */
    private record CommandSettings(Map<String, Object> settings)
            implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            event.getEnvironment().getPropertySources().addFirst(new MapPropertySource("safarCommand", settings));
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 15;
        }
    }
}
