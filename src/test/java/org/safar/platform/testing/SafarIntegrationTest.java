package org.safar.platform.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on the test database (embedded PostgreSQL, or {@code SAFAR_DB_URL} when set) with
 * MockMvc. Every test class with this annotation shares one Spring context and the demo data
 * ({@link org.safar.platform.demo.DemoData}: one user per role, password {@code DemoData.PASSWORD}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
public @interface SafarIntegrationTest {
}
