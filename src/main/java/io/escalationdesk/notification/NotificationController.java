package io.escalationdesk.notification;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.CaseTimeline;
import io.escalationdesk.cases.StatusUpdate;
import io.escalationdesk.policy.CaseEvent;
import io.escalationdesk.system.ConflictException;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Customer notifications")
class NotificationController {

  private final NotificationOutbox outbox;
  private final CaseRecords records;
  private final CaseTimeline timeline;
  private final Clock clock;

  NotificationController(
      NotificationOutbox outbox, CaseRecords records, CaseTimeline timeline, Clock clock) {
    this.outbox = outbox;
    this.records = records;
    this.timeline = timeline;
    this.clock = clock;
  }

  @Operation(summary = "Retry a failed notification",
      description = "Gives a FAILED notification one more delivery attempt now (202). 409 when "
          + "it is not FAILED.")
  @PostMapping(path = "/api/cases/{caseNumber}/notifications/{id}/retry",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional
  ResponseEntity<NotificationOutbox.Entry> retry(
      @Parameter(example = "ESC-2026-000001") @PathVariable String caseNumber,
      @PathVariable long id, Authentication caller) {
    NotificationOutbox.Entry entry = outbox.find(caseNumber, id)
        .orElseThrow(() -> new NotFoundException("No notification " + id + " on case " + caseNumber));
    if (!outbox.retryFailed(id)) {
      throw new ConflictException("Only a FAILED notification can be retried; this one is "
          + entry.status());
    }
    timeline.record(new StatusUpdate(caseNumber, clock.instant(), caller.getName(),
        CaseEvent.NOTIFICATION_RETRIED, null, null,
        entry.channel() + " to " + entry.recipient() + " about " + entry.event(), null));
    return ResponseEntity.accepted().body(outbox.find(caseNumber, id).orElseThrow());
  }

  @Operation(summary = "Change how the customer hears about the case",
      description = "Preferred channel (the customer must have an address there), language of "
          + "the messages, opt-out. Applies to every message not yet sent.")
  @PutMapping(path = "/api/cases/{caseNumber}/notification-preferences",
      consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional
  CaseRecord preferences(
      @Parameter(example = "ESC-2026-000001") @PathVariable String caseNumber,
      @Valid @RequestBody NotificationPreferences preferences, Authentication caller) {
    CaseRecord record = records.find(caseNumber)
        .orElseThrow(() -> new NotFoundException("No case " + caseNumber));
    if (preferences.preferredContactChannel()
        .addressOf(record.customerEmail(), record.customerPhone()) == null) {
      throw new InvalidFieldException("preferredContactChannel",
          "the case has no address for " + preferences.preferredContactChannel());
    }
    records.updatePreferences(caseNumber, preferences.preferredContactChannel(),
        preferences.language(), preferences.optOut());
    timeline.record(new StatusUpdate(caseNumber, clock.instant(), caller.getName(),
        CaseEvent.PREFERENCES_CHANGED, record.level(), record.level(),
        "Messages by " + preferences.preferredContactChannel() + " in " + preferences.language()
            + (preferences.optOut() ? "; the customer opted out of messages" : ""),
        null));
    return records.find(caseNumber).orElseThrow();
  }
}
