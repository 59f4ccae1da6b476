package io.escalationdesk.system;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.messageresolver.StandardMessageResolver;
import org.thymeleaf.templateresource.ITemplateResource;

/**
 * What people read, from UTF-8 properties bundles: English is the root bundle, German its
 * {@code _de} sibling, and there is no fallback to the JVM's default locale.
 */
public final class MessageBundles {

    private MessageBundles() {}

    public static ResourceBundle of(String baseName, Locale locale) {
        return ResourceBundle.getBundle(
                baseName,
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Templates read their messages from one bundle, not from a bundle named after each. */
    public static IMessageResolver forTemplates(String baseName) {
        return new StandardMessageResolver() {
            @Override
            protected Map<String, String> resolveMessagesForTemplate(
                    String template, ITemplateResource resource, Locale locale) {
                ResourceBundle bundle = of(baseName, locale);
                Map<String, String> messages = new HashMap<>();
                bundle.keySet().forEach(key -> messages.put(key, bundle.getString(key)));
                return messages;
            }
        };
    }
}
