package dev.seamless.slack.approval;

import dev.seamless.events.Roles;
import java.util.Set;

/** The authenticated person acting: the token's subject and its roles. */
public record Caller(String personId, Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    public boolean hasAnyRole(Set<String> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }
}
