package org.safar.platform.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started Safar where to open it and, with demo data, how to log in. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final boolean demo;

    StartupBanner(@Value("${safar.demo-data:false}") boolean demo) {
        this.demo = demo;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        String logins = demo ? "\n  Demo logins: " + String.join(", ", DemoData.usernames()) + "\n  Password:    "
                + DemoData.PASSWORD : "";
        log.info("""

                ------------------------------------------------------------------
                  Safar is running:  http://localhost:{}/        (public portal)
                                     http://localhost:{}/login   (staff){}
                ------------------------------------------------------------------""", port, port, logins);
    }
}
