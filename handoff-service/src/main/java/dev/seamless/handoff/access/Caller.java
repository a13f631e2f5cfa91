package dev.seamless.handoff.access;

import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The person calling the API, as their bearer token says: their person id (the subject) and their roles. */
public record Caller(String personId, Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller of(JsonWebToken token) {
        return new Caller(token.getSubject(), token.getGroups());
    }
}
