package org.safar.platform.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.safar.platform.Language;
import org.safar.platform.accounts.Users;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Message bundles, one family per area under {@code i18n/} ({@code platform_en.properties},
 * {@code platform_uz.properties}, {@code platform_uz_Cyrl.properties}, {@code platform_ru.properties}, …), all
 * found on the class path so a module adds its own family without touching this class. {@code ?lang=ru} on any
 * page switches the language.
 */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration implements WebMvcConfigurer {

    static final String BUNDLE_PATTERN = "classpath*:i18n/*_en.properties";

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(bundleBasenames());
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Language.EN.locale());
        return messages;
    }

    /**
     * Validation messages such as {@code {user.username.required}} come from the same bundles, and "in the past"
     * means in Safar's time zone (a birth date typed in Tashkent just after midnight is not in the future).
     */
    @Bean
    LocalValidatorFactoryBean defaultValidator(MessageSource messageSource, Clock clock) {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.setValidationMessageSource(messageSource);
        validator.setConfigurationInitializer(configuration -> configuration.clockProvider(() -> clock));
        return validator;
    }

    @Bean
    LocaleResolver localeResolver(Users users) {
        return new SafarLocaleResolver(users);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** {@code i18n/platform} for every {@code i18n/platform_en.properties} on the class path. */
    public static String[] bundleBasenames() {
        try {
            Resource[] english = new PathMatchingResourcePatternResolver().getResources(BUNDLE_PATTERN);
            return Arrays.stream(english)
                    .map(Resource::getFilename)
                    .map(name -> "i18n/" + name.substring(0, name.length() - "_en.properties".length()))
                    .collect(Collectors.toCollection(TreeSet::new))
                    .toArray(String[]::new);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
