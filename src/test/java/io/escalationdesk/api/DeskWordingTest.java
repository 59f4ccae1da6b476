package io.escalationdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The staff pages speak English and German (static/desk/i18n.js): every wording is in both
 * bundles, and none is written into a page without its key, so none stays English in German.
 */
class DeskWordingTest {

    private static final Path DESK = Path.of("src/main/resources/static/desk");
    private static final List<String> LANGUAGES = List.of("en", "de");
    private static final List<String> PAGES =
            List.of("index.html", "review.html", "parked.html", "insights.html", "knowledge.html");
    /** Wording the same in every language: the product's name. */
    private static final Set<String> NAMES = Set.of("Escalation Desk");
    /** The attributes people read (or hear), each named by data-i18n-<attribute>. */
    private static final List<String> READ_ATTRIBUTES = List.of("placeholder", "title", "aria-label", "alt");

    private static final Pattern LETTERS = Pattern.compile("\\p{L}");
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");
    /** A script names a key by writing it out: t('desk.case.heading', …), tNodes('…', …). */
    private static final Pattern KEY_IN_SCRIPT = Pattern.compile("\\bt(?:Nodes)?\\('([^']+)'");
    /** Markup names a key: data-i18n="…", data-i18n-aria-label="…", also in a script's markup. */
    private static final Pattern KEY_IN_MARKUP = Pattern.compile("data-i18n(?:-[a-z-]+)?=\"([^\"]+)\"");

    private static final Pattern PLURAL = Pattern.compile("\\.(one|other)$");

    @Test
    void everyWordingIsInEveryLanguageWithTheSamePlaceholders() throws IOException {
        Map<String, String> english = bundle("en");
        for (String language : LANGUAGES) {
            Map<String, String> bundle = bundle(language);
            assertThat(bundle.keySet()).as(language).containsExactlyInAnyOrderElementsOf(english.keySet());
            bundle.forEach((key, wording) -> {
                assertThat(wording).as(language + ": " + key).isNotBlank();
                assertThat(parameters(wording)).as(language + ": " + key).isEqualTo(parameters(english.get(key)));
            });
        }
        english.keySet().stream()
                .filter(key -> key.endsWith(".one"))
                .forEach(key -> assertThat(english)
                        .as(key)
                        .containsKey(PLURAL.matcher(key).replaceAll(".other")));
    }

    @Test
    void noPageHasWordingWithoutItsKey() throws IOException {
        List<String> unkeyed = new ArrayList<>();
        for (String name : PAGES) {
            Document page = Jsoup.parse(DESK.resolve(name).toFile(), "UTF-8");
            assertThat(page.select("head script[src=i18n.js]"))
                    .as(name + " loads i18n.js")
                    .hasSize(1);
            for (Element element : page.getAllElements()) {
                for (TextNode text : element.textNodes()) {
                    String wording = text.text().strip();
                    if (LETTERS.matcher(wording).find() && !element.hasAttr("data-i18n") && !NAMES.contains(wording)) {
                        unkeyed.add(name + ": \"" + wording + "\" in " + element.cssSelector());
                    }
                }
                if (element.hasAttr("data-i18n") && !element.children().isEmpty()) {
                    unkeyed.add(name + ": " + element.cssSelector() + " has data-i18n and elements inside, "
                            + "which its wording would replace");
                }
                for (String attribute : READ_ATTRIBUTES) {
                    if (LETTERS.matcher(element.attr(attribute)).find() && !element.hasAttr("data-i18n-" + attribute)) {
                        unkeyed.add(name + ": " + attribute + "=\"" + element.attr(attribute) + "\" in "
                                + element.cssSelector() + " without data-i18n-" + attribute);
                    }
                }
            }
        }
        assertThat(unkeyed).isEmpty();
    }

    @Test
    void everyKeyUsedIsInTheBundlesAndEveryKeyThereIsUsed() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String name : PAGES) {
            for (Element element :
                    Jsoup.parse(DESK.resolve(name).toFile(), "UTF-8").getAllElements()) {
                element.attributes().asList().stream()
                        .filter(attribute -> attribute.getKey().startsWith("data-i18n"))
                        .map(Attribute::getValue)
                        .forEach(used::add);
            }
        }
        try (Stream<Path> files = Files.list(DESK)) {
            for (Path script :
                    files.filter(file -> file.toString().endsWith(".js")).toList()) {
                String code = Files.readString(script);
                used.addAll(matches(KEY_IN_SCRIPT, code));
                used.addAll(matches(KEY_IN_MARKUP, code));
            }
        }
        Set<String> keys = bundle("en").keySet();
        Set<String> unplural = new TreeSet<>();
        keys.forEach(key -> unplural.add(PLURAL.matcher(key).replaceAll("")));

        assertThat(used)
                .as("keys used and not in the bundles")
                .allSatisfy(key -> assertThat(
                                keys.contains(key) || keys.containsAll(Set.of(key + ".one", key + ".other")))
                        .as(key)
                        .isTrue());
        assertThat(unplural).as("keys in the bundles and used nowhere").isSubsetOf(used);
    }

    private static Map<String, String> bundle(String language) throws IOException {
        return new ObjectMapper()
                .readValue(
                        DESK.resolve("i18n/" + language + ".json").toFile(),
                        new TypeReference<Map<String, String>>() {});
    }

    private static Set<String> parameters(String wording) {
        return new TreeSet<>(matches(PARAMETER, wording));
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
