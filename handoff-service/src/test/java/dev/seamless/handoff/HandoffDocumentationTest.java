package dev.seamless.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seamless.handoff.checklist.ChecklistCatalog;
import dev.seamless.handoff.checklist.ChecklistItem;
import dev.seamless.handoff.checklist.ChecklistTemplate;
import dev.seamless.handoff.checklist.HandoffTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/handoff.md lists every built-in template item with its owner and due offset, and every configuration key. */
class HandoffDocumentationTest {

    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static final Path DOCUMENT = MODULE.resolve("../docs/handoff.md").normalize();

    @Test
    void everyTemplateItemIsDocumentedWithItsOwnerAndDueOffset() throws IOException {
        String text = Files.readString(DOCUMENT);
        ChecklistCatalog catalog = ChecklistCatalog.load("classpath:checklists.json",
                HandoffTypes.STARTED_BY_TRIGGERS, HandoffTypes.STARTED_BY_TRIGGERS);
        for (String type : catalog.types()) {
            ChecklistTemplate template = catalog.get(type);
            assertThat(text).as("section of %s", type).contains("### `" + type + "`: " + template.name());
            for (ChecklistItem item : template.items()) {
                assertThat(text).as("row of %s", item.title()).contains("| " + item.title() + " | " + item.owner()
                        + " | " + item.dueInBusinessDays() + " |");
            }
        }
    }

    private static final Pattern FALLBACK = Pattern.compile("^\\$\\{[a-z.-]+:(.*)}$");

    @Test
    void everyConfigurationKeyIsDocumentedWithItsDefault() throws IOException {
        String text = Files.readString(DOCUMENT);
        List<String> lines = Files.readAllLines(MODULE.resolve("src/main/resources/application.properties"));
        Pattern setting = Pattern.compile("^#?(seamless\\.[a-z.-]+)=(.*)$");
        int documented = 0;
        for (String line : lines) {
            Matcher matcher = setting.matcher(line);
            if (matcher.matches()) {
                // a key that falls back to a former key documents the default it ends with: ${former.key:default}
                String effective = FALLBACK.matcher(matcher.group(2)).replaceFirst("$1");
                String value = effective.isEmpty() ? "none" : "`" + effective + "`";
                assertThat(text).as("row of %s", matcher.group(1))
                        .contains("| `" + matcher.group(1) + "` | " + value + " |");
                documented++;
            }
        }
        assertThat(documented).isGreaterThanOrEqualTo(12);
    }
}
