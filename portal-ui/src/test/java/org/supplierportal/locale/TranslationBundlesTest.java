package org.supplierportal.locale;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.supplierportal.shell.MenuTitles;

/**
 * The translation bundles are complete and the code asks only for keys they have: every English key exists in every
 * other language, with a text that is not empty and is a valid pattern using no value English does not give; every
 * key the sources name exists; every menu entry has its title.
 */
class TranslationBundlesTest {

    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../portal-core/src/main/java"));
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9-]*(?:\\.[A-Za-z0-9_-]+)*\\.?)\"(\\s*\\+)?");
    // Only code that translates names keys; elsewhere "order.received" is an event type, not a key.
    private static final Pattern TRANSLATING = Pattern.compile("getTranslation\\(|translate\\(|Explanation|Problem\\.of\\(|RuleText\\.of\\(");
    // A Bean Validation rule naming its message by a key of ValidationMessages.
    private static final Pattern VALIDATION_KEY = Pattern.compile("message = \"\\{([a-z][A-Za-z0-9.]*)}\"");
    private static final Pattern MENU_ROUTE = Pattern.compile("@Route\\(\"([^\"]*)\"\\)");

    static Stream<String> bundles() {
        return PortalTranslations.BUNDLES.stream();
    }

    static List<String[]> bundlesAndLanguages() {
        List<String[]> pairs = new ArrayList<>();
        for (String bundle : PortalTranslations.BUNDLES) {
            for (PortalLanguage language : PortalLanguage.values()) {
                if (language != PortalLanguage.ENGLISH) {
                    pairs.add(new String[] {bundle, language.locale().toString()});
                }
            }
        }
        return pairs;
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("bundlesAndLanguages")
    void everyLanguageHasEveryEnglishKeyWithAText(String bundle, String language) {
        Properties english = load(bundle + ".properties");
        Properties translated = load(bundle + "_" + language + ".properties");

        assertThat(translated.stringPropertyNames()).as("keys of %s_%s", bundle, language)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            String text = translated.getProperty(key);
            assertThat(text).as("%s in %s", key, language).isNotBlank();
            assertThat(arguments(text)).as("values %s uses in %s", key, language).isSubsetOf(arguments(english.getProperty(key)));
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyTextIsAPatternWithoutALostApostrophe(String bundle) {
        for (PortalLanguage language : PortalLanguage.values()) {
            String file = bundle + (language == PortalLanguage.ENGLISH ? "" : "_" + language.locale()) + ".properties";
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                // A single ' starts a quoted part in MessageFormat and would swallow the values after it.
                assertThat(text.replace("''", "")).as("%s in %s: write an apostrophe as '' or ’", key, file).doesNotContain("'");
                new MessageFormat(text, language.locale()).format(sampleArguments());
            }
        }
    }

    @Test
    void everyKeyTheSourcesNameExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        PortalTranslations.BUNDLES.forEach(bundle -> keys.addAll(load(bundle + ".properties").stringPropertyNames()));
        Set<String> namespaces = keys.stream().map(key -> key.substring(0, key.indexOf('.') + 1)).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    Matcher validation = VALIDATION_KEY.matcher(source);
                    while (validation.find()) {
                        found++;
                        if (!keys.contains(validation.group(1))) {
                            missing.add(file.getFileName() + ": " + validation.group(1));
                        }
                    }
                    if (!TRANSLATING.matcher(source).find()) {
                        continue;
                    }
                    Matcher literal = KEY_LITERAL.matcher(source);
                    while (literal.find()) {
                        String text = literal.group(1);
                        if (!text.contains(".") || namespaces.stream().noneMatch(text::startsWith)) {
                            continue;
                        }
                        found++;
                        boolean prefix = literal.group(2) != null;
                        boolean known = prefix ? keys.stream().anyMatch(key -> key.startsWith(text)) : keys.contains(text);
                        if (!known) {
                            missing.add(file.getFileName() + ": " + text + (prefix ? "…" : ""));
                        }
                    }
                }
            }
        }
        assertThat(found).as("keys found in the sources").isGreaterThan(100);
        assertThat(missing).as("keys the code uses that no bundle has").isEmpty();
    }

    @Test
    void everyMenuEntryHasItsTitle() throws IOException {
        Properties english = load("vaadin-i18n/translations.properties");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES.getFirst())) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher route = MENU_ROUTE.matcher(source);
                if (source.contains("@Menu(") && route.find() && !english.containsKey(MenuTitles.key(route.group(1)))) {
                    missing.add(file.getFileName() + ": " + MenuTitles.key(route.group(1)));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<Integer> arguments(String text) {
        Set<Integer> used = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(text);
        while (argument.find()) {
            used.add(Integer.parseInt(argument.group(1)));
        }
        return used;
    }

    private static Object[] sampleArguments() {
        Object[] values = new Object[10];
        Arrays.fill(values, 2);
        return values;
    }

    private static Properties load(String resource) {
        try (InputStream in = TranslationBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
