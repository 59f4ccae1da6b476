package io.escalationdesk.notification;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Subject and bodies of a customer email, from the templates in templates/notification/. */
@Component
class NotificationTexts {

  /** A rendered email. */
  record Email(String subject, String text, String html) {}

  private static final DateTimeFormatter EXPECTED_BY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");

  Email email(OutboxEntry entry) {
    Context context = new Context(Locale.ENGLISH);
    String subject = subjectOf(entry);
    context.setVariable("subject", subject);
    context.setVariable("caseNumber", entry.caseNumber());
    context.setVariable("level", entry.level());
    context.setVariable("owner", entry.owner());
    context.setVariable("expectedBy",
        entry.expectedResponseBy() == null ? null : EXPECTED_BY.format(entry.expectedResponseBy()));
    context.setVariable("contact", entry.contactPoint());
    return new Email(subject, text.process("email", context), html.process("email", context));
  }

  /** An SMS: the subject line and who has the case until when, in under 320 characters. */
  String sms(OutboxEntry entry) {
    String next = entry.expectedResponseBy() == null
        ? "Thank you for your patience."
        : "Now with " + entry.owner() + ", answer expected by "
            + EXPECTED_BY.format(entry.expectedResponseBy()) + ".";
    return subjectOf(entry) + ". " + next + " Questions: " + entry.contactPoint();
  }

  private static String subjectOf(OutboxEntry entry) {
    String caseNumber = entry.caseNumber();
    return switch (entry.event()) {
      case "ROUTED" -> "We have received your case " + caseNumber;
      case "ESCALATED", "SLA_BREACHED" -> "Your case " + caseNumber + " was escalated";
      case "HANDED_OFF" -> "Your case " + caseNumber + " was handed to a specialist team";
      case "RETURNED" -> "Your case " + caseNumber + " is back with our agents";
      case "RESOLVED" -> "Your case " + caseNumber + " is resolved";
      default -> "News about your case " + caseNumber;
    };
  }

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/notification/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
