package org.safar.platform.command;

import java.util.Locale;

import org.safar.platform.audit.AuditTrail;
import org.safar.platform.audit.AuditVerification;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code bin/safar audit verify}: checks the whole chain, prints the outcome in English (the language of
 * operators' logs), exits 0 if intact, 1 if not. Only reads: the check is not recorded, so that it can also run
 * against a read-only replica.
 */
@Component
@ConditionalOnProperty(name = Commands.PROPERTY, havingValue = "audit-verify")
class AuditVerifyCommand implements ApplicationRunner {

    static final int INTACT = 0;
    static final int BROKEN = 1;

    private final AuditTrail audit;
    private final MessageSource messages;
    private final ApplicationContext context;

    AuditVerifyCommand(AuditTrail audit, MessageSource messages, ApplicationContext context) {
        this.audit = audit;
        this.messages = messages;
        this.context = context;
    }

    /** What the command prints and the status it exits with. */
    record Outcome(String text, int exitCode) {
    }

    @Override
    public void run(ApplicationArguments args) {
        Outcome outcome = check();
        System.out.println(outcome.text());
        System.out.flush();
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) outcome::exitCode));
    }

    Outcome check() {
        AuditVerification result = audit.verify();
        Locale english = Locale.ENGLISH;
        if (result.intact()) {
            return new Outcome(messages.getMessage("audit.verify.intact", new Object[] { result.checked() }, english),
                    INTACT);
        }
        String problem = messages.getMessage(result.problem(), null, english);
        return new Outcome(messages.getMessage("audit.verify.broken",
                new Object[] { String.valueOf(result.firstBrokenSeq()), problem }, english), BROKEN);
    }
}
