package dev.seamless.handoff.checklist;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checklist templates, read from JSON and validated as a whole: a bad file fails start-up with a message that
 * lists every problem, instead of producing half a checklist later.
 */
public final class ChecklistCatalog {

    private record TemplateFile(List<ChecklistTemplate> templates) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Map<String, ChecklistTemplate> byType;

    private ChecklistCatalog(Map<String, ChecklistTemplate> byType) {
        this.byType = byType;
    }

    /** @param location {@code classpath:<resource>} or a file path */
    public static ChecklistCatalog load(String location) {
        try (InputStream in = open(location)) {
            return parse(in, location);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read checklist templates from " + location + ": "
                    + e.getMessage(), e);
        }
    }

    static ChecklistCatalog parse(InputStream in, String location) throws IOException {
        TemplateFile file = JSON.readValue(in, TemplateFile.class);
        List<String> problems = new ArrayList<>();
        Map<String, ChecklistTemplate> byType = new LinkedHashMap<>();
        if (file.templates() == null || file.templates().isEmpty()) {
            problems.add("no templates");
        } else {
            for (int i = 0; i < file.templates().size(); i++) {
                validate(file.templates().get(i), "templates[" + i + "]", problems);
                ChecklistTemplate template = file.templates().get(i);
                if (template.type() != null && byType.put(template.type(), template) != null) {
                    problems.add("templates[" + i + "]: type " + template.type() + " is defined twice");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid checklist templates in " + location + ": "
                    + String.join("; ", problems));
        }
        return new ChecklistCatalog(byType);
    }

    private static void validate(ChecklistTemplate template, String path, List<String> problems) {
        if (template.type() == null || template.type().isBlank()) {
            problems.add(path + ".type is required");
        }
        if (template.name() == null || template.name().isBlank()) {
            problems.add(path + ".name is required");
        }
        if (template.items() == null || template.items().isEmpty()) {
            problems.add(path + ".items must list at least one item");
            return;
        }
        for (int i = 0; i < template.items().size(); i++) {
            ChecklistItem item = template.items().get(i);
            String itemPath = path + ".items[" + i + "]";
            if (item.title() == null || item.title().isBlank()) {
                problems.add(itemPath + ".title is required");
            }
            if (item.owner() == null) {
                problems.add(itemPath + ".owner is required (OUTGOING, INCOMING or AE)");
            }
            if (item.dueInBusinessDays() < 0) {
                problems.add(itemPath + ".dueInBusinessDays must not be negative");
            }
        }
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length());
            InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("no such resource on the classpath");
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }

    public Optional<ChecklistTemplate> find(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    public ChecklistTemplate get(String type) {
        return find(type).orElseThrow(() -> new IllegalStateException("no checklist template of type " + type));
    }
}
