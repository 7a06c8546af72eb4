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

/** {@code bin/safar audit verify}: checks the whole chain, prints the outcome, exits 0 if intact, 1 if not. */
@Component
@ConditionalOnProperty(name = Commands.PROPERTY, havingValue = "audit-verify")
class AuditVerifyCommand implements ApplicationRunner {

    private final AuditTrail audit;
    private final MessageSource messages;
    private final ApplicationContext context;

    AuditVerifyCommand(AuditTrail audit, MessageSource messages, ApplicationContext context) {
        this.audit = audit;
        this.messages = messages;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        AuditVerification result = audit.verify();
        Locale english = Locale.ENGLISH;
        if (result.intact()) {
            System.out.println(messages.getMessage("audit.verify.intact", new Object[] { result.checked() }, english));
        }
        else {
            System.out.println(messages.getMessage("audit.verify.broken",
                    new Object[] { result.firstBrokenSeq(), messages.getMessage(result.problem(), null, english) },
                    english));
        }
        int status = result.intact() ? 0 : 1;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> status));
    }
}
