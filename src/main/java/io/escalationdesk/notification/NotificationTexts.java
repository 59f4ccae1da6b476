package io.escalationdesk.notification;

import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.feedback.SurveyLinks;
import io.escalationdesk.system.MessageBundles;
import io.escalationdesk.system.StaffTime;
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

    /**
     * How much of an agent's question or summary an SMS of ours quotes: with our sentence about
     * four segments, well within what gateways take (often 1,600 characters).
     */
    static final int SMS_QUOTE = 480;

    /** A rendered email. */
    record Email(String subject, String text, String html) {}

    private static final String BUNDLE = "templates/notification/messages";

    private final NotificationProperties properties;
    private final SurveyLinks surveys;
    private final StaffTime staffTime;
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");

    NotificationTexts(NotificationProperties properties, SurveyLinks surveys, StaffTime staffTime) {
        this.properties = properties;
        this.surveys = surveys;
        this.staffTime = staffTime;
    }

    Email email(OutboxEntry entry) {
        Context context = contextOf(entry, entry.text());
        String template = entry.audience() == Audience.SUPERVISOR ? "supervisor-email" : "email";
        return new Email(
                (String) context.getVariable("subject"),
                text.process(template, context),
                html.process(template, context));
    }

    /**
     * One SMS segment (160 GSM-7 characters) for every message of ours, the case number once; an
     * agent's own words may take more: a message they write whole, their question or summary in
     * one of ours up to {@link #SMS_QUOTE} characters (the email carries them whole).
     */
    String sms(OutboxEntry entry) {
        Locale locale = entry.language().locale;
        ResourceBundle messages = messages(locale);
        // an SMS is one line: an agent's paragraphs become sentences side by side
        String oneLine = entry.text() == null ? "" : entry.text().strip().replaceAll("\\s+", " ");
        if (!CaseEvent.CUSTOMER_MESSAGED.name().equals(entry.event()) && oneLine.length() > SMS_QUOTE) {
            oneLine = oneLine.substring(0, SMS_QUOTE - 3).strip() + "...";
        }
        String survey = surveyLinkOf(entry);
        String key = "sms." + entry.event() + (survey == null ? "" : ".survey");
        return format(
                messages,
                key,
                "sms.OTHER",
                locale,
                entry.caseNumber(),
                timeOf(entry, messages.getString("sms.expected-by.pattern"), locale),
                ownerOf(entry, messages),
                oneLine,
                survey);
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
        String expectedBy = timeOf(entry, messages.getString("expected-by.pattern"), locale);
        String owner = ownerOf(entry, messages);
        Context context = new Context(locale);
        context.setVariable("lang", locale.getLanguage());
        context.setVariable(
                "subject",
                format(messages, "subject." + entry.event(), "subject.OTHER", locale, entry.caseNumber(), expectedBy));
        context.setVariable(
                "status",
                messages.containsKey("status." + entry.event())
                        ? format(
                                messages,
                                "status." + entry.event(),
                                null,
                                locale,
                                entry.caseNumber(),
                                expectedBy,
                                entry.owner(),
                                owner)
                        : null);
        boolean agentMessage = CaseEvent.CUSTOMER_MESSAGED.name().equals(entry.event());
        context.setVariable("message", agentMessage ? agentText : null);
        // the agent's question while we wait for the customer, what they did once resolved
        String wordsHeading = "words." + entry.event();
        context.setVariable("words", agentMessage ? null : agentText);
        context.setVariable(
                "wordsHeading", messages.containsKey(wordsHeading) ? messages.getString(wordsHeading) : null);
        context.setVariable("caseNumber", entry.caseNumber());
        context.setVariable("owner", owner);
        context.setVariable("expectedBy", expectedBy);
        context.setVariable("contact", properties.contactIn(entry.language()).orElse(entry.contactPoint()));
        context.setVariable("surveyUrl", surveyLinkOf(entry));
        context.setVariable("deskUrl", properties.deskUrl() + "#" + entry.caseNumber());
        return context;
    }

    /**
     * Who has the case, as its customer reads it: a partner team neutrally ("our specialist
     * team", or its own wording under {@code owner.partner.<id>}), never as the level it serves.
     */
    private static String ownerOf(OutboxEntry entry, ResourceBundle messages) {
        if (entry.partner() == null) {
            return messages.getString("owner." + entry.level());
        }
        String own = "owner.partner." + entry.partner();
        return messages.getString(messages.containsKey(own) ? own : "owner.PARTNER");
    }

    /** In the zone of the case's business hours; for staff, and a case on 24x7, the staff's. */
    private String timeOf(OutboxEntry entry, String pattern, Locale locale) {
        return entry.expectedResponseBy() == null
                ? null
                : DateTimeFormatter.ofPattern(pattern, locale)
                        .withZone(entry.timeZone() != null ? entry.timeZone() : staffTime.zone())
                        .format(entry.expectedResponseBy());
    }

    private String surveyLinkOf(OutboxEntry entry) {
        return "RESOLVED".equals(entry.event()) && entry.audience() == Audience.CUSTOMER
                ? surveys.linkFor(entry.caseNumber())
                : null;
    }

    private static String format(
            ResourceBundle messages, String key, String fallbackKey, Locale locale, Object... arguments) {
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
