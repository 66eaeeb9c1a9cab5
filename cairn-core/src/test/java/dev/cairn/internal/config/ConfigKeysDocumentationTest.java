package dev.cairn.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md and the key declarations say the same: every declared key, family and sink option has a row
 * with its environment variables and its default, and every row is declared.
 */
class ConfigKeysDocumentationTest {

    private static List<String> doc;
    private static Map<String, List<String>> keyRows;
    private static Map<String, List<String>> optionRows;

    @BeforeAll
    static void readDoc() throws IOException {
        doc = Files.readAllLines(Path.of("../docs/configuration.md"));
        keyRows = rows("## Keys", "| Property |");
        optionRows = rows("### File options", "| Option |");
    }

    /** The rows of the first table after {@code heading}, by first cell without backticks, cells trimmed. */
    private static Map<String, List<String>> rows(String heading, String header) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        int line = doc.indexOf(heading);
        assertThat(line).as(heading).isNotNegative();
        while (!doc.get(line).startsWith(header)) {
            line++;
        }
        for (line += 2; line < doc.size() && doc.get(line).startsWith("|"); line++) {
            List<String> cells = new ArrayList<>();
            for (String cell : doc.get(line).substring(1).split("\\|")) {
                cells.add(cell.trim());
            }
            rows.put(cells.get(0).replace("`", ""), cells);
        }
        return rows;
    }

    @Test
    void everyKey_hasARowWithItsEnvironmentVariablesAndDefault() {
        for (Key<?> key : ConfigKeys.keys()) {
            List<String> row = keyRows.get(key.property());
            assertThat(row).as(key.property() + " in the keys table").isNotNull();
            assertThat(row.get(1))
                    .as(key.property() + " environment")
                    .isEqualTo(key.environment().isEmpty() ? "—" : backticked(key.environment()));
            assertDocumented(key.property(), row.get(2), key.fallback());
            key.profileFallbacks()
                    .forEach((profile, fallback) -> assertThat(row.get(2))
                            .as(key.property() + " under profile " + profile)
                            .contains("`" + fallback.raw() + "` with profile " + profile));
        }
    }

    @Test
    void everyFamily_hasARowWithItsDefault() {
        for (KeyFamily<?> family : List.of(ConfigKeys.LOGGER_LEVEL, ConfigKeys.RENAME, LimitKeys.RATE)) {
            String name = keyRows.keySet().stream()
                    .filter(row -> row.startsWith(family.prefix() + "<"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(family.prefix() + "<...> in the keys table"));
            assertThat(keyRows.get(name).get(1)).as(name + " environment").isEqualTo("—");
            assertDocumented(name, keyRows.get(name).get(2), family.fallback());
        }
    }

    @Test
    void everyFileOption_hasARowWithItsDefaultAndSeedVariables() {
        for (SinkOption<?> option : FileSinkOptions.NAMED.list()) {
            List<String> row = optionRows.get(option.name());
            assertThat(row).as(option.name() + " in the file options table").isNotNull();
            assertDocumented(option.name(), row.get(1), option.fallback());
            for (String variable : option.seedEnvironment()) {
                assertThat(row.get(2)).as(option.name() + " seed variable").contains("`" + variable + "`");
            }
        }
    }

    @Test
    void everyConsoleOption_isListed() {
        for (SinkOption<?> option : ConfigKeys.CONSOLE_OPTIONS.options().list()) {
            assertThat(String.join("\n", doc))
                    .contains("`" + ConfigKeys.CONSOLE_OPTIONS.prefix() + option.name() + "`");
        }
    }

    @Test
    void everyRow_isADeclaredKey() {
        List<String> declared = new ArrayList<>();
        ConfigKeys.keys().forEach(key -> declared.add(key.property()));
        for (String name : keyRows.keySet()) {
            boolean family = name.startsWith(ConfigKeys.LOGGER_LEVEL.prefix() + "<")
                    || name.startsWith(ConfigKeys.RENAME.prefix() + "<")
                    || name.startsWith(LimitKeys.RATE.prefix() + "<");
            assertThat(family || declared.contains(name))
                    .as(name + " is declared")
                    .isTrue();
        }
        for (String name : optionRows.keySet()) {
            assertThat(FileSinkOptions.NAMED.named(name))
                    .as(name + " is a declared file option")
                    .isNotNull();
        }
    }

    /** A default is written as its text in backticks, or in the words error lines use; an absent one may be "none". */
    private static void assertDocumented(String name, String cell, Fallback<?> fallback) {
        boolean asText =
                fallback.isPresent() && !fallback.raw().isEmpty() && cell.startsWith("`" + fallback.raw() + "`");
        boolean asWords = cell.contains(fallback.description());
        boolean absent = !fallback.isPresent() && (cell.equals("none") || cell.equals("—"));
        assertThat(asText || asWords || absent)
                .as(
                        "default of %s: the doc says \"%s\", the declaration %s (\"%s\")",
                        name, cell, fallback.raw(), fallback.description())
                .isTrue();
    }

    private static String backticked(List<String> names) {
        List<String> quoted = new ArrayList<>();
        names.forEach(name -> quoted.add("`" + name + "`"));
        return String.join(", ", quoted);
    }
}
