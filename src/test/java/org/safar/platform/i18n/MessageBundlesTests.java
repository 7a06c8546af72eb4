package org.safar.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Every family of message bundles says the same things in all four languages: the same keys, no empty text,
 * the same placeholders, and each text in its own script — Uzbek Cyrillic really Cyrillic, Uzbek Latin really
 * Latin.
 */
class MessageBundlesTests {

    static final List<String> SUFFIXES = List.of("en", "ru", "uz", "uz_Cyrl");

    /** Technical words that stay in Latin letters in every language. */
    private static final Pattern TECHNICAL = Pattern.compile(
            "\\b(JSON|API|PDF|CSV|XLSX|QR|HTTP|HTTPS|URL|SMS|ISO|ISCO|HXL|IATI|Authorization|Bearer|OpenAPI|ID)\\b");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    static Stream<String> families() {
        return Stream.of(I18nConfiguration.bundleBasenames());
    }

    @ParameterizedTest
    @MethodSource("families")
    void everyLanguageHasEveryKeyWithText(String family) throws IOException {
        Map<String, Properties> bundles = load(family);
        Set<String> english = keys(bundles.get("en"));
        assertThat(english).as(family + " has texts").isNotEmpty();
        for (String suffix : SUFFIXES) {
            Properties bundle = bundles.get(suffix);
            assertThat(keys(bundle)).as("keys of %s_%s", family, suffix).isEqualTo(english);
            bundle.forEach((key, value) -> assertThat(value.toString().trim())
                    .as("%s_%s: %s", family, suffix, key).isNotEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("families")
    void everyTranslationKeepsThePlaceholdersOfTheEnglishText(String family) throws IOException {
        Map<String, Properties> bundles = load(family);
        for (String key : keys(bundles.get("en"))) {
            Set<String> expected = placeholders(bundles.get("en").getProperty(key));
            for (String suffix : SUFFIXES) {
                assertThat(placeholders(bundles.get(suffix).getProperty(key, "")))
                        .as("placeholders of %s in %s_%s", key, family, suffix).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("families")
    void uzbekCyrillicIsWrittenInCyrillicAndUzbekLatinInLatin(String family) throws IOException {
        Map<String, Properties> bundles = load(family);
        List<String> wrongScript = new ArrayList<>();
        bundles.get("uz_Cyrl").forEach((key, value) -> {
            if (LATIN.matcher(wordsOnly(value.toString())).find()) {
                wrongScript.add("uz_Cyrl " + key + "=" + value);
            }
        });
        bundles.get("uz").forEach((key, value) -> {
            if (CYRILLIC.matcher(value.toString()).find()) {
                wrongScript.add("uz " + key + "=" + value);
            }
        });
        bundles.get("ru").forEach((key, value) -> {
            String words = wordsOnly(value.toString());
            if (LATIN.matcher(words).find() && !CYRILLIC.matcher(words).find()) {
                wrongScript.add("ru " + key + "=" + value);
            }
        });
        assertThat(wrongScript).as("texts in the wrong script").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("families")
    void uzbekLatinUsesTheModifierLetterForOʻAndGʻ(String family) throws IOException {
        List<String> plainApostrophes = new ArrayList<>();
        load(family).get("uz").forEach((key, value) -> {
            if (Pattern.compile("[OoGg]['‘’`]").matcher(value.toString()).find()) {
                plainApostrophes.add(key + "=" + value);
            }
        });
        assertThat(plainApostrophes).as("oʻ and gʻ must use U+02BB").isEmpty();
    }

    private static String wordsOnly(String text) {
        String withoutPlaceholders = PLACEHOLDER.matcher(text).replaceAll(" ");
        return TECHNICAL.matcher(withoutPlaceholders).replaceAll(" ");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{(\\d+)").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Map<String, Properties> load(String family) throws IOException {
        Map<String, Properties> bundles = new TreeMap<>();
        for (String suffix : SUFFIXES) {
            ClassPathResource resource = new ClassPathResource(family + "_" + suffix + ".properties");
            assertThat(resource.exists()).as(resource.getPath() + " exists").isTrue();
            Properties properties = new Properties();
            try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            bundles.put(suffix, properties);
        }
        return bundles;
    }
}
