package org.safar.platform.command;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/**
 * Administrative commands run from the command line ({@code bin/safar audit verify}): the application starts
 * without its web server, runs the command against the configured database and exits with its status.
 */
public final class Commands {

    static final String PROPERTY = "safar.command";

    private static final Map<String, String> KNOWN = Map.of("audit verify", "audit-verify");

    private Commands() {
    }

    /** Prepares {@code application} for a command if {@code args} name one; leaves it alone otherwise. */
    public static void configure(SpringApplication application, String[] args) {
        String words = String.join(" ", Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList());
        String command = KNOWN.get(words);
        if (command == null) {
            return;
        }
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setDefaultProperties(Map.of(PROPERTY, command, "logging.level.root", "WARN",
                "safar.demo-data", "false", "spring.main.log-startup-info", "false"));
    }
}
