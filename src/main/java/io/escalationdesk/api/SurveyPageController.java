package io.escalationdesk.api;

import io.escalationdesk.cases.Language;
import io.escalationdesk.feedback.SurveyAnswer;
import io.escalationdesk.feedback.SurveyProperties;
import io.escalationdesk.feedback.SurveyRefusedException;
import io.escalationdesk.feedback.Surveys;
import io.escalationdesk.system.FieldError;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.system.MessageBundles;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The customer's survey page, {@code /survey/{token}}: no sign-in, plain HTML that works on a
 * phone without scripts, in the case's language (the browser's for a link we do not know).
 * Every refusal is a friendly page with its status: 404 unknown, 410 expired, 409 answered, 429
 * too many answers from one address, 400 with the fields to fix.
 */
@Controller
@Hidden
class SurveyPageController {

    /** What the page shows. */
    enum Page {
        FORM,
        THANKS,
        ANSWERED,
        EXPIRED,
        UNKNOWN,
        TOO_MANY
    }

    private static final String MESSAGES = "templates/survey/survey";

    private final Surveys surveys;
    private final SurveyProperties properties;
    private final SurveySubmissionLimit limit;
    private final TemplateEngine templates = templates();

    SurveyPageController(Surveys surveys, SurveyProperties properties, SurveySubmissionLimit limit) {
        this.surveys = surveys;
        this.properties = properties;
        this.limit = limit;
    }

    @GetMapping(path = "/survey/{token}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> form(@PathVariable String token, HttpServletRequest request) {
        try {
            Surveys.Invitation invitation = surveys.invitation(token);
            return form(HttpStatus.OK, token, invitation, List.of(), null, null, null);
        } catch (SurveyRefusedException refused) {
            return refusal(refused, request);
        }
    }

    @PostMapping(
            path = "/survey/{token}",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> answer(
            @PathVariable String token,
            @RequestParam(required = false) String satisfaction,
            @RequestParam(required = false) String resolved,
            @RequestParam(required = false) String comment,
            HttpServletRequest request) {
        if (!limit.admits(request.getRemoteAddr())) {
            return page(HttpStatus.TOO_MANY_REQUESTS, Page.TOO_MANY, browserLanguage(request), Map.of());
        }
        Surveys.Invitation invitation;
        try {
            invitation = surveys.invitation(token);
        } catch (SurveyRefusedException refused) {
            return refusal(refused, request);
        }
        Integer score = satisfaction != null && satisfaction.matches("[1-5]") ? Integer.valueOf(satisfaction) : null;
        Boolean concernResolved = "yes".equals(resolved) ? Boolean.TRUE : "no".equals(resolved) ? Boolean.FALSE : null;
        try {
            surveys.answer(token, new SurveyAnswer(score, concernResolved, comment));
        } catch (InvalidFieldException invalid) {
            return form(
                    HttpStatus.BAD_REQUEST,
                    token,
                    invitation,
                    invalid.errors().stream().map(FieldError::field).toList(),
                    score,
                    resolved,
                    comment);
        } catch (SurveyRefusedException refused) {
            return refusal(refused, request);
        }
        return page(HttpStatus.OK, Page.THANKS, invitation.caseRecord().language(), Map.of());
    }

    private ResponseEntity<String> form(
            HttpStatus status,
            String token,
            Surveys.Invitation invitation,
            List<String> errors,
            Integer satisfaction,
            String resolved,
            String comment) {
        Map<String, Object> values = new HashMap<>();
        values.put("caseNumber", invitation.caseRecord().caseNumber());
        values.put("action", "/survey/" + token);
        values.put("errors", errors);
        values.put("satisfaction", satisfaction);
        values.put("resolved", resolved);
        values.put("comment", comment);
        values.put("commentLength", properties.commentLength());
        return page(status, Page.FORM, invitation.caseRecord().language(), values);
    }

    /** In the case's language for a link we sent; a stranger's link in the browser's. */
    private ResponseEntity<String> refusal(SurveyRefusedException refused, HttpServletRequest request) {
        Language language = refused.language().orElseGet(() -> browserLanguage(request));
        return switch (refused.reason()) {
            case UNKNOWN -> page(HttpStatus.NOT_FOUND, Page.UNKNOWN, language, Map.of());
            case EXPIRED -> page(HttpStatus.GONE, Page.EXPIRED, language, Map.of());
            case ANSWERED -> page(HttpStatus.CONFLICT, Page.ANSWERED, language, Map.of());
        };
    }

    private ResponseEntity<String> page(HttpStatus status, Page page, Language language, Map<String, Object> values) {
        Context context = new Context(language.locale, values);
        context.setVariable("page", page.name());
        context.setVariable("lang", language.locale.getLanguage());
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(templates.process("survey", context));
    }

    /** German for a browser that prefers it, English otherwise. */
    private static Language browserLanguage(HttpServletRequest request) {
        Locale preferred = request.getLocale();
        return preferred != null && preferred.getLanguage().equals(Locale.GERMAN.getLanguage())
                ? Language.DE
                : Language.EN;
    }

    private static TemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/survey/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(MessageBundles.forTemplates(MESSAGES));
        return engine;
    }
}
