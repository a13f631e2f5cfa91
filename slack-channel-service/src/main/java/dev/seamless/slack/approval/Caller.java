package dev.seamless.slack.approval;

import java.util.Set;

/**
 * A person deciding: the authenticated caller (the token's subject and its roles), or the person a caller acts for
 * (their role from the people directory).
 */
public record Caller(String personId, Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasAnyRole(Set<String> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }
}
