package org.safar;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.safar.people.matching.NamesCompareCommand;
import org.safar.platform.command.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Safar: the information system of the migration services of a country of origin of labour migrants.
 * Started without arguments it serves the staff area and the public portal; {@code audit verify} and
 * the other {@link Commands} run one administrative task and exit; {@code names compare} compares names from
 * standard input without starting Spring at all.
 */
@SpringBootApplication
@Modulithic(sharedModules = "platform")
@EnableScheduling
public class SafarApplication {

    public static void main(String[] args) throws IOException {
        if (NamesCompareCommand.isCalledBy(args)) {
            System.exit(NamesCompareCommand.run(System.in, new PrintStream(System.out, false, StandardCharsets.UTF_8)));
        }
        SpringApplication application = new SpringApplication(SafarApplication.class);
        boolean command = Commands.configure(application, args);
        try {
            application.run(args);
        }
        catch (RuntimeException failedToStart) {
            if (command) {
                System.err.println("Could not run the command: " + failedToStart.getMessage());
                System.exit(Commands.COULD_NOT_RUN);
            }
            throw failedToStart;
        }
    }
}
