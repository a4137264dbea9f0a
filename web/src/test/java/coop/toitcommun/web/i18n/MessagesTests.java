package coop.toitcommun.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every visible string comes from the message files, in French and in English. */
class MessagesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "data-confirm", "label");

    private final Properties french = load("/messages.properties");
    private final Properties english = load("/messages_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(english.stringPropertyNames())).as("keys")
            .isEqualTo(new TreeSet<>(french.stringPropertyNames()));
        french.stringPropertyNames().forEach(key ->
            assertThat(english.getProperty(key)).as("English text of " + key).isNotBlank());
    }

    /**
     * A deployment serves several houses: messages name the house through tokens ({@link HouseNameForms}), never as
     * "Le Toit Commun", except the product's own name and the demo house's three legal entities on its home page.
     */
    @Test
    void messagesNameTheirHouseThroughTokens() {
        for (Properties messages : List.of(french, english)) {
            assertThat(messages.stringPropertyNames()).filteredOn(key -> messages.getProperty(key).contains("Toit Commun"))
                .containsExactlyInAnyOrder("site.name", "home.entities");
        }
        assertThat(french.getProperty("events.lead")).contains(HouseNameForms.AT);
    }

    @Test
    void everyKeyATemplateNamesExists() {
        List<String> missing = new ArrayList<>();
        templates().forEach(template -> {
            Matcher matcher = STATIC_KEY.matcher(read(template));
            while (matcher.find()) {
                if (!french.containsKey(matcher.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void keysBuiltFromValuesExist() {
        for (Role role : Role.values()) {
            assertThat(french).containsKey("role." + role.name());
        }
        for (Language language : Language.values()) {
            assertThat(french).containsKey("language." + language.tag());
        }
        for (String code : List.of("403", "404", "409", "500", "4xx", "5xx")) {
            assertThat(french).containsKeys("error." + code + ".title", "error." + code + ".text");
        }
        for (String reason : List.of("credentials", "throttled", "disabled")) {
            assertThat(french).containsKey("login.error." + reason);
        }
    }

    @Test
    void templatesHaveNoLiteralText() {
        List<String> literal = new ArrayList<>();
        templates().forEach(template -> {
            Document document = Jsoup.parse(read(template));
            for (Element element : document.getAllElements()) {
                boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext")
                    || element.hasAttr("th:replace") || element.hasAttr("th:errors");
                if (!replaced && LETTER.matcher(element.ownText()).find()) {
                    literal.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> " + element.ownText());
                }
                for (Attribute attribute : element.attributes()) {
                    if (VISIBLE_ATTRIBUTES.contains(attribute.getKey()) && LETTER.matcher(attribute.getValue()).find()) {
                        literal.add(TEMPLATES.relativize(template) + ": " + attribute);
                    }
                }
            }
        });
        assertThat(literal).isEmpty();
    }

    private static Stream<Path> templates() {
        try {
            return Files.walk(TEMPLATES).filter(path -> path.toString().endsWith(".html")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
