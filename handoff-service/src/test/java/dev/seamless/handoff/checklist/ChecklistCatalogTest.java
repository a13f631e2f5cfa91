package dev.seamless.handoff.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seamless.events.types.TeamRole;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistCatalogTest {

    private static final String BUILT_IN = "classpath:checklists.json";

    @Test
    void theBuiltInTemplatesHaveEveryItemOfTheSeedListsWithOwnerAndDueDate() {
        ChecklistCatalog catalog = ChecklistCatalog.load(BUILT_IN, HandoffTypes.STARTED_BY_TRIGGERS, Set.of());
        // seed 000/001 "SA to SA": 5 items; "SA to TAM": 6; "Account Executive to TAM": 6; "TAM to TAM": 9;
        // seed 002 "Post-Sales Engagement": the SA and the AE each act at closing and before it
        Map<String, Integer> seedItems = Map.of(HandoffTypes.SA_TO_SA, 5, HandoffTypes.SA_TO_CSM, 6,
                HandoffTypes.AE_TO_CSM, 6, HandoffTypes.CSM_TO_CSM, 9, HandoffTypes.DIGITAL_ONBOARDING, 2,
                HandoffTypes.PRE_TO_POST_SALES_CSM_INTRO, 2, HandoffTypes.PRE_TO_POST_SALES_DIGITAL_ONBOARDING, 2);
        seedItems.forEach((type, count) -> assertThat(catalog.get(type).items()).as(type).hasSize(count)
                .allSatisfy(item -> {
                    assertThat(item.title()).isNotBlank();
                    assertThat(item.ownerRole()).isNotNull();
                    assertThat(item.dueInBusinessDays()).isBetween(0, 15);
                    assertThat(item.isOptional()).isFalse();
                }));
        assertThat(catalog.types()).containsExactlyInAnyOrderElementsOf(HandoffTypes.STARTED_BY_TRIGGERS);
    }

    @Test
    void theBuiltInTemplatesNameTheRolesOfWhoHandsOverAndWhoTakesOver() {
        ChecklistCatalog catalog = ChecklistCatalog.load(BUILT_IN, HandoffTypes.STARTED_BY_TRIGGERS, Set.of());
        assertThat(catalog.get(HandoffTypes.SA_TO_SA).outgoing()).isEqualTo(TeamRole.SA);
        assertThat(catalog.get(HandoffTypes.SA_TO_SA).incoming()).contains(TeamRole.SA);
        assertThat(catalog.get(HandoffTypes.AE_TO_CSM).outgoing()).isEqualTo(TeamRole.AE);
        assertThat(catalog.get(HandoffTypes.CSM_TO_CSM).incoming()).contains(TeamRole.CSM);
        assertThat(catalog.get(HandoffTypes.DIGITAL_ONBOARDING).incoming()).isEmpty();
        assertThat(catalog.get(HandoffTypes.SA_TO_CSM).supersedes()).containsExactlyInAnyOrder(HandoffTypes.AE_TO_CSM,
                HandoffTypes.PRE_TO_POST_SALES_CSM_INTRO, HandoffTypes.PRE_TO_POST_SALES_DIGITAL_ONBOARDING);
        assertThat(catalog.get(HandoffTypes.DIGITAL_ONBOARDING).supersedes())
                .containsExactlyInAnyOrderElementsOf(HandoffTypes.PRE_CLOSE);
        assertThat(catalog.get(HandoffTypes.CSM_TO_CSM).items()).filteredOn(item -> item.isDoneBy(
                TriggerTypes.ACCOUNT_TEAM_CHANGED)).extracting(ChecklistItem::title).singleElement()
                .asString().contains("account team in the CRM");
    }

    @Test
    void optionalItemsOfLaterHandbookVersionsAreIncludedOnlyWhereConfigured() {
        ChecklistCatalog catalog = ChecklistCatalog.load(BUILT_IN, HandoffTypes.STARTED_BY_TRIGGERS,
                Set.of(HandoffTypes.CSM_TO_CSM));
        assertThat(catalog.get(HandoffTypes.CSM_TO_CSM).items()).hasSize(18)
                .filteredOn(ChecklistItem::isOptional).hasSize(9);
        assertThat(catalog.get(HandoffTypes.SA_TO_CSM).items()).hasSize(6);
        assertThat(ChecklistCatalog.load(BUILT_IN, HandoffTypes.STARTED_BY_TRIGGERS, Set.of(HandoffTypes.SA_TO_CSM))
                .get(HandoffTypes.SA_TO_CSM).items()).hasSize(8);
    }

    @Test
    void aBadFileIsRefusedWithEveryProblemListed() {
        String json = """
                {"templates": [
                  {"type": "X", "outgoingRole": "TAM", "supersedes": ["NOPE"], "items": [
                    {"title": " ", "owner": "SOMEONE", "dueInBusinessDays": -1, "link": "not a link"},
                    {"title": "Take over", "owner": "INCOMING", "doneWhenTriggeredBy": ["Lunch"]}
                  ]},
                  {"type": "X", "name": "again", "outgoingRole": "SA", "items": [
                    {"title": "Optional only", "owner": "AE", "dueInBusinessDays": 1, "optional": true}
                  ]}
                ]}""";
        assertThatThrownBy(() -> parse(json, Set.of("X", "Y"), Set.of("Z")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("invalid checklist templates in test.json")
                .hasMessageContaining("templates[0].name is required")
                .hasMessageContaining("templates[0].outgoingRole must be one of [AE, SA, CSM]")
                .hasMessageContaining("templates[0].items[0].title is required")
                .hasMessageContaining("templates[0].items[0].owner must be one of [OUTGOING, INCOMING, AE]")
                .hasMessageContaining("templates[0].items[0].dueInBusinessDays is required, from 0 to 260")
                .hasMessageContaining("templates[0].items[0].link must be an absolute http(s) address")
                .hasMessageContaining("templates[0].items[1].owner is INCOMING, but the template has no incomingRole")
                .hasMessageContaining("templates[0].items[1].dueInBusinessDays is required")
                .hasMessageContaining("templates[0].items[1].doneWhenTriggeredBy: Lunch is not one of")
                .hasMessageContaining("templates[0].supersedes: NOPE is not another template type of this file")
                .hasMessageContaining("templates[1]: type X is defined twice")
                .hasMessageContaining("templates[1].items must list at least one item that is not optional")
                .hasMessageContaining("no template of type Y (the triggers start it)")
                .hasMessageContaining("optional items are enabled for Z, which is not a template type of this file");
    }

    @Test
    void textsLongerThanTheDatabaseColumnsTheyAreStoredInAreRefusedOneByOne() {
        String template = """
                {"type": "%s", "name": "%s", "outgoingRole": "SA", "items": [
                  {"title": "%s", "owner": "AE", "dueInBusinessDays": 1, "link": "https://wiki.example/%s"}]}""";
        String link = "https://wiki.example/";
        String json = "{\"templates\": [" + template.formatted("T".repeat(65), "n".repeat(256), "t".repeat(501),
                "l".repeat(1001 - link.length())) + ", " + template.formatted("U".repeat(64), "n".repeat(255),
                "t".repeat(500), "l".repeat(1000 - link.length())) + "]}";
        assertThatThrownBy(() -> parse(json, Set.of(), Set.of()))
                .hasMessageContaining("templates[0].type must be at most 64 characters, not 65")
                .hasMessageContaining("templates[0].name must be at most 255 characters, not 256")
                .hasMessageContaining("templates[0].items[0].title must be at most 500 characters, not 501")
                .hasMessageContaining("templates[0].items[0].link must be at most 1000 characters, not 1001")
                .message().doesNotContain("templates[1]");
    }

    @Test
    void aMisspelledFieldIsRefusedByName() {
        assertThatThrownBy(() -> parse("""
                {"templates": [{"type": "X", "name": "X", "outgoingRole": "SA",
                  "items": [{"titel": "typo", "owner": "AE", "dueInBusinessDays": 1}]}]}""", Set.of(), Set.of()))
                .hasMessageContaining("titel");
    }

    @Test
    void aFileOfYourOwnReplacesTheBuiltInTemplates(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("my-checklists.json");
        Files.writeString(file, """
                {"templates": [{"type": "SA_TO_SA", "name": "Ours", "outgoingRole": "SA", "incomingRole": "SA",
                  "items": [{"title": "Shadow one customer call", "owner": "INCOMING", "dueInBusinessDays": 0,
                             "link": "https://wiki.example/handoff"}]}]}""");
        ChecklistCatalog catalog = ChecklistCatalog.load(file.toString(), Set.of(HandoffTypes.SA_TO_SA), Set.of());
        assertThat(catalog.get(HandoffTypes.SA_TO_SA).items()).singleElement()
                .satisfies(item -> assertThat(item.link()).isEqualTo("https://wiki.example/handoff"));
        assertThat(catalog.find(HandoffTypes.CSM_TO_CSM)).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> ChecklistCatalog.load(dir.resolve("missing.json").toString(), Set.of(), Set.of()))
                .hasMessageContaining("cannot read checklist templates from").hasMessageContaining("missing.json");
    }

    private static ChecklistCatalog parse(String json, Set<String> required, Set<String> optionalFor)
            throws IOException {
        return ChecklistCatalog.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json",
                required, optionalFor);
    }
}
