package io.escalationdesk.api;

import io.escalationdesk.cases.CaseStatus;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.ContactChannel;
import io.escalationdesk.conversation.InboundChannel;
import io.escalationdesk.conversation.ParkedReason;
import io.escalationdesk.cases.CustomerSegment;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Priority;
import io.escalationdesk.cases.Trigger;
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
import io.escalationdesk.notification.Audience;
import io.escalationdesk.notification.DeliveryStatus;
import io.escalationdesk.system.Labels;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Labels")
class LabelsController {

  /** Every code the API returns that people read. */
  @SuppressWarnings("unchecked")
  static final Class<? extends Enum<?>>[] LABELLED = new Class[] {
      Category.class, Channel.class, ContactChannel.class, CustomerSegment.class, Language.class,
      Priority.class, Trigger.class, CaseStatus.class, Level.class, Department.class,
      Outcome.class, ResolutionCode.class, CaseEvent.class, Audience.class, DeliveryStatus.class,
      LessonKind.class, LessonStatus.class, SurveyReviewOutcome.class, ExpertGroup.class,
      GoodwillKind.class, ExceptionKind.class, GoodwillDecision.class, CallOutcome.class,
      InboundChannel.class, ParkedReason.class};

  private final Labels labels;

  LabelsController(Labels labels) {
    this.labels = labels;
  }

  @Operation(summary = "What people read instead of the API's codes",
      description = "By type and code, e.g. `Trigger.BILLING_DISPUTE` is \"Billing dispute\", in "
          + "English or German.")
  @GetMapping(path = "/api/labels", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Map<String, String>> labels(@RequestParam(defaultValue = "EN") Language language) {
    return labels.allOf(language.locale, LABELLED);
  }
}
