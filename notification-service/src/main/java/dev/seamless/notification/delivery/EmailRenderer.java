package dev.seamless.notification.delivery;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders a template's three files, {@code templates/emails/<name>.subject.txt}, {@code .txt} and {@code .html}.
 * Qute escapes every value in the HTML file (its content type is text/html); the text parts are plain text and need
 * no escaping, and the subject is folded to one line so no value can add a mail header, and shortened to
 * {@code seamless.mail.max-subject-length} ({@link SubjectLine}).
 */
@ApplicationScoped
public class EmailRenderer {

    @Inject
    Engine engine;

    @ConfigProperty(name = "seamless.mail.max-subject-length")
    int maxSubjectLength;

    public RenderedEmail render(String template, Map<String, Object> values) {
        String subject = SubjectLine.of(render(template, "subject.txt", values), maxSubjectLength);
        return new RenderedEmail(subject, render(template, "txt", values), render(template, "html", values));
    }

    private String render(String template, String variant, Map<String, Object> values) {
        String id = "emails/" + template + "." + variant;
        Template found = engine.getTemplate(id);
        if (found == null) {
            throw new IllegalStateException("no email template " + id);
        }
        TemplateInstance instance = found.instance();
        values.forEach(instance::data);
        return instance.render();
    }
}
