package io.escalationdesk.notification;

import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.feedback.SurveyLinks;
import io.escalationdesk.system.MessageBundles;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Messages from the templates in templates/notification/: to customers in their language, SLA
 * warnings to supervisors in English. The wording lives in {@code messages[_de].properties},
 * shared by the email and SMS templates.
 */
@Component
class NotificationTexts {

  /** A rendered email. */
  record Email(String subject, String text, String html) {}

  private static final String BUNDLE = "templates/notification/messages";

  private final NotificationProperties properties;
  private final SurveyLinks surveys;
  private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");

  NotificationTexts(NotificationProperties properties, SurveyLinks surveys) {
    this.properties = properties;
    this.surveys = surveys;
  }

  Email email(OutboxEntry entry) {
    Context context = contextOf(entry, entry.text());
    String template = entry.audience() == Audience.SUPERVISOR ? "supervisor-email" : "email";
    return new Email((String) context.getVariable("subject"),
        text.process(template, context), html.process(template, context));
  }

  String sms(OutboxEntry entry) {
    // an SMS is one line: an agent's paragraphs become sentences side by side
    String oneLine = entry.text() == null ? null : entry.text().strip().replaceAll("\\s+", " ");
    return text.process("sms", contextOf(entry, oneLine)).strip();
  }

  /** An answer in a chat: the agent's words as they wrote them, and the case they are about. */
  String answer(OutboxEntry entry) {
    Locale locale = entry.language().locale;
    return entry.text().strip() + "\n\n"
        + format(messages(locale), "answer.case", null, locale, entry.caseNumber());
  }

  /** @param agentText the agent's words, as the channel shows them */
  private Context contextOf(OutboxEntry entry, String agentText) {
    Locale locale = entry.language().locale;
    ResourceBundle messages = messages(locale);
    String expectedBy = entry.expectedResponseBy() == null ? null
        : DateTimeFormatter.ofPattern(messages.getString("expected-by.pattern"), locale)
            .withZone(properties.timeZone())
            .format(entry.expectedResponseBy());
    Context context = new Context(locale);
    context.setVariable("lang", locale.getLanguage());
    context.setVariable("subject", format(messages, "subject." + entry.event(), "subject.OTHER",
        locale, entry.caseNumber(), expectedBy));
    context.setVariable("status", messages.containsKey("status." + entry.event())
        ? format(messages, "status." + entry.event(), null, locale, entry.caseNumber(), expectedBy,
            entry.owner())
        : null);
    boolean agentMessage = CaseEvent.CUSTOMER_MESSAGED.name().equals(entry.event());
    context.setVariable("message", agentMessage ? agentText : null);
    context.setVariable("question", agentMessage ? null : agentText);
    context.setVariable("caseNumber", entry.caseNumber());
    context.setVariable("owner", messages.getString("owner." + entry.level()));
    context.setVariable("expectedBy", expectedBy);
    context.setVariable("contact", entry.contactPoint());
    context.setVariable("surveyUrl", "RESOLVED".equals(entry.event())
        && entry.audience() == Audience.CUSTOMER ? surveys.linkFor(entry.caseNumber()) : null);
    return context;
  }

  private static String format(ResourceBundle messages, String key, String fallbackKey,
      Locale locale, Object... arguments) {
    String pattern = messages.getString(messages.containsKey(key) ? key : fallbackKey);
    return new MessageFormat(pattern, locale).format(arguments);
  }

  private static ResourceBundle messages(Locale locale) {
    return MessageBundles.of(BUNDLE, locale);
  }

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/notification/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setMessageResolver(MessageBundles.forTemplates(BUNDLE));
    return engine;
  }
}
