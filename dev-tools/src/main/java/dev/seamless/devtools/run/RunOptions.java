package dev.seamless.devtools.run;

import dev.seamless.devtools.client.LocalService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code dev/run} was asked for: the whole system, only the infrastructure ({@code --infra}), or the system
 * without some services ({@code --except triage-service,...}) that the developer runs in dev mode instead.
 */
record RunOptions(Path checkout, boolean infrastructureOnly, Set<String> excluded) {

    static final String USAGE = "usage: dev/run [--no-build] [--infra | --except <service>[,<service>...]]\n"
            + "services: " + String.join(", ", LocalService.modules());

    /** @throws IllegalArgumentException with a message for the user when the arguments make no sense */
    static RunOptions parse(String... args) {
        if (args.length == 0) {
            throw new IllegalArgumentException(USAGE);
        }
        Path checkout = Path.of(args[0]).toAbsolutePath().normalize();
        boolean infrastructureOnly = false;
        Set<String> excluded = new LinkedHashSet<>();
        List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            switch (option) {
                case "--infra" -> infrastructureOnly = true;
                case "--except" -> {
                    if (rest.isEmpty()) {
                        throw new IllegalArgumentException("--except needs a service\n" + USAGE);
                    }
                    for (String service : rest.remove(0).split(",")) {
                        String name = service.trim();
                        if (!LocalService.modules().contains(name)) {
                            throw new IllegalArgumentException("unknown service '" + name + "'\n" + USAGE);
                        }
                        excluded.add(name);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option '" + option + "'\n" + USAGE);
            }
        }
        if (infrastructureOnly && !excluded.isEmpty()) {
            throw new IllegalArgumentException("--infra runs no service; --except makes no sense with it\n" + USAGE);
        }
        return new RunOptions(checkout, infrastructureOnly, Set.copyOf(excluded));
    }

    /** The services this run starts. */
    List<LocalService> services() {
        return infrastructureOnly ? List.of()
                : Arrays.stream(LocalService.values()).filter(service -> !excluded.contains(service.module()))
                        .toList();
    }
}
