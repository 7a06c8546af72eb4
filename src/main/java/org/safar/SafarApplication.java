package org.safar;

import org.safar.platform.command.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Safar: the information system of the migration services of a country of origin of labour migrants.
 * Started without arguments it serves the staff area and the public portal; {@code audit verify} and
 * the other {@link Commands} run one administrative task and exit.
 */
@SpringBootApplication
@Modulithic(sharedModules = "platform")
@EnableScheduling
public class SafarApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SafarApplication.class);
        Commands.configure(application, args);
        application.run(args);
    }
}
