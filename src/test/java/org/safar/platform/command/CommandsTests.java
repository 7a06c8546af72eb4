package org.safar.platform.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** A command's settings win over the configuration files, and other arguments leave the application alone. */
class CommandsTests {

    @Test
    void auditVerifyListensOnNoPortAndLoadsNoDemoDataWhateverTheConfigurationSays() {
        StandardEnvironment environment = prepare("audit", "verify");

        assertThat(environment.getProperty(Commands.PROPERTY)).isEqualTo("audit-verify");
        assertThat(environment.getProperty("server.port")).isEqualTo("-1");
        assertThat(environment.getProperty("safar.demo-data")).isEqualTo("false");
    }

    @Test
    void anUnknownCommandStartsTheServerAsUsual() {
        StandardEnvironment environment = prepare("audit", "verfiy");

        assertThat(environment.getProperty(Commands.PROPERTY)).isNull();
        assertThat(environment.getProperty("server.port")).isEqualTo("8080");
    }

    /** Runs the application's environment-prepared listeners over settings like those of application.yml. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static StandardEnvironment prepare(String... args) {
        SpringApplication application = new SpringApplication(Object.class);
        application.setListeners(List.of());
        Commands.configure(application, args);
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("application.yml",
                Map.of("server.port", "8080", "safar.demo-data", "true")));
        var event = new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), application, args,
                environment);
        application.getListeners().forEach(listener -> ((ApplicationListener) listener).onApplicationEvent(event));
        return environment;
    }
}
