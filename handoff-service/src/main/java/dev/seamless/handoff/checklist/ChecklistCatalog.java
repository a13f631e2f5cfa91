package dev.seamless.handoff.checklist;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.seamless.events.types.TeamRole;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checklist templates, read from JSON and validated as a whole: a bad file fails start-up with a message that
 * lists every problem, instead of producing half a checklist later. Optional items are kept only for the template
 * types named in {@code optionalItemsFor}.
 */
public final class ChecklistCatalog {

    private record TemplateFile(List<ChecklistTemplate> templates) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final int MAX_DUE_IN_BUSINESS_DAYS = 260;
    // the widths of the columns the templates' texts are copied into (db/migration): longer ones could not be stored
    private static final int MAX_TYPE = 64;
    private static final int MAX_NAME = 255;
    private static final int MAX_TITLE = 500;
    private static final int MAX_LINK = 1000;
    private static final String OWNERS = Arrays.toString(OwnerRole.values());
    private static final String ROLES = Arrays.toString(TeamRole.values());

    private final Map<String, ChecklistTemplate> byType;

    private ChecklistCatalog(Map<String, ChecklistTemplate> byType) {
        this.byType = byType;
    }

    /**
     * @param location {@code classpath:<resource>} or a file path
     * @param requiredTypes types the file must define
     * @param optionalItemsFor template types whose optional items are included
     */
    public static ChecklistCatalog load(String location, Set<String> requiredTypes, Set<String> optionalItemsFor) {
        try (InputStream in = open(location)) {
            return parse(in, location, requiredTypes, optionalItemsFor);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read checklist templates from " + location + ": "
                    + e.getMessage(), e);
        }
    }

    static ChecklistCatalog parse(InputStream in, String location, Set<String> requiredTypes,
            Set<String> optionalItemsFor) throws IOException {
        TemplateFile file = JSON.readValue(in, TemplateFile.class);
        List<ChecklistTemplate> templates = file.templates() == null ? List.of() : file.templates();
        List<String> problems = new ArrayList<>();
        Map<String, ChecklistTemplate> byType = new LinkedHashMap<>();
        for (int i = 0; i < templates.size(); i++) {
            ChecklistTemplate template = templates.get(i);
            validate(template, "templates[" + i + "]", problems);
            if (template.type() != null && byType.put(template.type(), template) != null) {
                problems.add("templates[" + i + "]: type " + template.type() + " is defined twice");
            }
        }
        for (int i = 0; i < templates.size(); i++) {
            for (String superseded : templates.get(i).supersedes()) {
                if (!byType.containsKey(superseded) || superseded.equals(templates.get(i).type())) {
                    problems.add("templates[" + i + "].supersedes: " + superseded
                            + " is not another template type of this file");
                }
            }
        }
        missing(requiredTypes, byType.keySet()).forEach(type -> problems.add("no template of type " + type
                + " (the triggers start it)"));
        missing(optionalItemsFor, byType.keySet()).forEach(type -> problems.add("optional items are enabled for "
                + type + ", which is not a template type of this file"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid checklist templates in " + location + ": "
                    + String.join("; ", problems));
        }
        byType.replaceAll((type, template) -> optionalItemsFor.contains(type) ? template
                : template.withItems(template.items().stream().filter(item -> !item.isOptional()).toList()));
        return new ChecklistCatalog(byType);
    }

    private static void validate(ChecklistTemplate template, String path, List<String> problems) {
        if (blank(template.type())) {
            problems.add(path + ".type is required");
        }
        limitLength(template.type(), MAX_TYPE, path + ".type", problems);
        if (blank(template.name())) {
            problems.add(path + ".name is required");
        }
        limitLength(template.name(), MAX_NAME, path + ".name", problems);
        if (!isRole(template.outgoingRole())) {
            problems.add(path + ".outgoingRole must be one of " + ROLES);
        }
        if (template.incomingRole() != null && !isRole(template.incomingRole())) {
            problems.add(path + ".incomingRole must be one of " + ROLES + " or absent");
        }
        if (template.items() == null || template.items().stream().allMatch(ChecklistItem::isOptional)) {
            problems.add(path + ".items must list at least one item that is not optional");
            return;
        }
        for (int i = 0; i < template.items().size(); i++) {
            validate(template.items().get(i), template, path + ".items[" + i + "]", problems);
        }
    }

    private static void validate(ChecklistItem item, ChecklistTemplate template, String path, List<String> problems) {
        if (blank(item.title())) {
            problems.add(path + ".title is required");
        }
        limitLength(item.title(), MAX_TITLE, path + ".title", problems);
        if (item.owner() == null || Arrays.stream(OwnerRole.values()).noneMatch(o -> o.name().equals(item.owner()))) {
            problems.add(path + ".owner must be one of " + OWNERS);
        } else if (item.ownerRole() == OwnerRole.INCOMING && template.incomingRole() == null) {
            problems.add(path + ".owner is INCOMING, but the template has no incomingRole");
        }
        if (item.dueInBusinessDays() == null || item.dueInBusinessDays() < 0
                || item.dueInBusinessDays() > MAX_DUE_IN_BUSINESS_DAYS) {
            problems.add(path + ".dueInBusinessDays is required, from 0 to " + MAX_DUE_IN_BUSINESS_DAYS);
        }
        if (item.link() != null && !isWebAddress(item.link())) {
            problems.add(path + ".link must be an absolute http(s) address");
        }
        limitLength(item.link(), MAX_LINK, path + ".link", problems);
        missing(item.doneWhenTriggeredBy(), TriggerTypes.ALL).forEach(trigger -> problems.add(path
                + ".doneWhenTriggeredBy: " + trigger + " is not one of " + new TreeSet<>(TriggerTypes.ALL)));
    }

    private static void limitLength(String value, int max, String path, List<String> problems) {
        if (value != null && value.length() > max) {
            problems.add(path + " must be at most " + max + " characters, not " + value.length());
        }
    }

    private static List<String> missing(Collection<String> wanted, Set<String> present) {
        return wanted.stream().filter(value -> !present.contains(value)).sorted().toList();
    }

    private static boolean isRole(String value) {
        return value != null && Arrays.stream(TeamRole.values()).anyMatch(role -> role.name().equals(value));
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            return uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
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

    public Set<String> types() {
        return byType.keySet();
    }
}
