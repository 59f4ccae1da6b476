package io.escalationdesk.api;

import io.escalationdesk.cases.CaseStatus;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.cases.CustomerSegment;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Partners;
import io.escalationdesk.cases.Priority;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.conversation.InboundChannel;
import io.escalationdesk.conversation.ParkedReason;
import io.escalationdesk.escalation.CallOutcome;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Department;
import io.escalationdesk.escalation.ExpertGroup;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.Outcome;
import io.escalationdesk.escalation.ResolutionCode;
import io.escalationdesk.feedback.LessonKind;
import io.escalationdesk.feedback.LessonStatus;
import io.escalationdesk.feedback.SurveyReviewOutcome;
import io.escalationdesk.goodwill.ExceptionKind;
import io.escalationdesk.goodwill.GoodwillDecision;
import io.escalationdesk.goodwill.GoodwillKind;
import io.escalationdesk.knowledge.ArticleStatus;
import io.escalationdesk.knowledge.SuggestionKind;
import io.escalationdesk.notification.Audience;
import io.escalationdesk.notification.DeliveryStatus;
import io.escalationdesk.security.Callers;
import io.escalationdesk.system.Labels;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Labels")
class LabelsController {

    /** Every code the API returns that people read. */
    @SuppressWarnings("unchecked")
    static final Class<? extends Enum<?>>[] LABELLED = new Class[] {
        Category.class,
        Channel.class,
        ContactChannel.class,
        CustomerSegment.class,
        Language.class,
        Priority.class,
        Trigger.class,
        CaseStatus.class,
        Level.class,
        Department.class,
        Outcome.class,
        ResolutionCode.class,
        CaseEvent.class,
        Audience.class,
        DeliveryStatus.class,
        LessonKind.class,
        LessonStatus.class,
        SurveyReviewOutcome.class,
        ExpertGroup.class,
        GoodwillKind.class,
        ExceptionKind.class,
        GoodwillDecision.class,
        CallOutcome.class,
        InboundChannel.class,
        ParkedReason.class,
        ArticleStatus.class,
        SuggestionKind.class
    };

    /** The type under which the partner teams' names are listed, by partner id. */
    private static final String PARTNER = "Partner";

    private final Labels labels;
    private final Partners partners;

    LabelsController(Labels labels, Partners partners) {
        this.labels = labels;
        this.partners = partners;
    }

    @Operation(
            summary = "What people read instead of the API's codes",
            description = "By type and code, e.g. `Trigger.BILLING_DISPUTE` is \"Billing dispute\", in "
                    + "English or German; `Partner` names the partner teams by id (a partner's agent reads "
                    + "their own only).")
    @GetMapping(path = "/api/labels", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Map<String, String>> labels(
            @RequestParam(defaultValue = "EN") Language language, Authentication caller) {
        Map<String, Map<String, String>> all = new LinkedHashMap<>(labels.allOf(language.locale, LABELLED));
        all.put(PARTNER, partnerNames(partners.of(Callers.of(caller).groups()).orElse(null)));
        return all;
    }

    /** A partner's agents need not learn which other partners the call center has. */
    private Map<String, String> partnerNames(String callersPartner) {
        Map<String, String> names = new TreeMap<>();
        partners.teams().keySet().stream()
                .filter(partner -> callersPartner == null || partner.equals(callersPartner))
                .forEach(partner -> names.put(partner, partners.nameOf(partner)));
        return names;
    }
}
