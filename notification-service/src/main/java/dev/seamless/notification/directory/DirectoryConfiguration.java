package dev.seamless.notification.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

@ApplicationScoped
public class DirectoryConfiguration {

    /** Resolves people through the projection; a lambda, since Panache only enhances calls naming the entity. */
    @Produces
    @Singleton
    Recipients recipients() {
        return new Recipients(personId -> Person.findByIdOptional(personId));
    }
}
