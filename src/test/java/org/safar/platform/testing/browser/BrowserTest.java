package org.safar.platform.testing.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safar.platform.testing.StaffFixtures;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * A journey through the real application in headless Chromium: the whole app on a random port on the test
 * database, one Chromium per test class, a fresh browser context per test. Test methods take a {@code Page}
 * (already pointed at the app: {@code page.navigate("/login")}) or {@link Browsing} for more visitors.
 * Without Chromium the class is skipped loudly, or fails when browser tests are required; see
 * {@link ChromiumExtension}. All browser test classes share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(StaffFixtures.class)
@ExtendWith(ChromiumExtension.class)
@Tag("browser")
public @interface BrowserTest {
}
