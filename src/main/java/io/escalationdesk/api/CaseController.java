package io.escalationdesk.api;

import io.escalationdesk.cases.CasePage;
import io.escalationdesk.cases.CaseQuery;
import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.CaseStatus;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Partners;
import io.escalationdesk.cases.Priority;
import io.escalationdesk.conversation.InboundMessages;
import io.escalationdesk.engine.read.CaseSlas;
import io.escalationdesk.engine.read.CaseTaskHistory;
import io.escalationdesk.escalation.CaseEvent;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.feedback.Lessons;
import io.escalationdesk.feedback.Surveys;
import io.escalationdesk.notification.NotificationOutbox;
import io.escalationdesk.security.Callers;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.system.NotFoundException;
import io.escalationdesk.timeline.StatusUpdate;
import io.escalationdesk.timeline.TimelineReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cases")
class CaseController {

    private final CaseRecords records;
    private final TimelineReader timeline;
    private final CaseTaskHistory taskHistory;
    private final NotificationOutbox notifications;
    private final CaseSlas slas;
    private final Surveys surveys;
    private final Lessons lessons;
    private final Partners partners;
    private final InboundMessages customerMessages;

    CaseController(
            CaseRecords records,
            TimelineReader timeline,
            CaseTaskHistory taskHistory,
            NotificationOutbox notifications,
            CaseSlas slas,
            Surveys surveys,
            Lessons lessons,
            Partners partners,
            InboundMessages customerMessages) {
        this.customerMessages = customerMessages;
        this.records = records;
        this.timeline = timeline;
        this.taskHistory = taskHistory;
        this.notifications = notifications;
        this.slas = slas;
        this.surveys = surveys;
        this.lessons = lessons;
        this.partners = partners;
    }

    /** A partner's agent sees the cases their partner has now, and no other. */
    private static List<String> groupsOf(Authentication caller) {
        return Callers.of(caller).groups();
    }

    @Operation(
            summary = "Search cases",
            description = "Every criterion is optional; they combine with AND. Sorted by `sort` "
                    + "(openedAt, caseNumber, priority, level, status), `direction` asc or desc.")
    @GetMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    CasePage search(
            @RequestParam(required = false) String customerId,
            @Parameter(
                            description = "words that begin words of the customer's name; case, accents "
                                    + "and umlauts do not matter (juergen mueller finds Jürgen Müller)")
                    @RequestParam(required = false)
                    String name,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String caseNumber,
            @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) Level level,
            @RequestParam(required = false) Category category,
            @RequestParam(required = false) Priority priority,
            @Parameter(example = "2026-11-01T00:00:00Z") @RequestParam(required = false) Instant openedFrom,
            @Parameter(example = "2026-12-01T00:00:00Z") @RequestParam(required = false) Instant openedTo,
            @Parameter(description = "words in the description") @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @RequestParam(defaultValue = "openedAt") String sort,
            @RequestParam(defaultValue = "desc") String direction,
            Authentication caller) {
        if (!CaseRecords.SORTABLE.containsKey(sort)) {
            throw new InvalidFieldException("sort", "must be one of " + new TreeSet<>(CaseRecords.SORTABLE.keySet()));
        }
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw new InvalidFieldException("direction", "must be one of [asc, desc]");
        }
        return records.search(new CaseQuery(
                customerId,
                name,
                email,
                phone,
                caseNumber,
                status,
                level,
                category,
                priority,
                openedFrom,
                openedTo,
                text,
                page,
                size,
                sort,
                direction.equals("desc"),
                partners.of(groupsOf(caller)).orElse(null)));
    }

    @Operation(
            summary = "Read a case with its timeline, tasks, notifications and SLA standing, "
                    + "the customer's survey answer, the lessons noted and the customer's messages")
    @GetMapping(path = "/api/cases/{caseNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
    CaseDetail read(@Parameter(example = "ESC-2026-000001") @PathVariable String caseNumber, Authentication caller) {
        CaseRecord record = records.find(caseNumber)
                .filter(found -> partners.of(groupsOf(caller))
                        .map(partner -> partner.equals(found.partner()))
                        .orElse(true))
                .orElseThrow(() -> new NotFoundException("No case " + caseNumber));
        List<StatusUpdate> updates = timeline.of(caseNumber);
        String escalatedBy = updates.stream()
                .filter(update -> update.event() == CaseEvent.OPENED)
                .map(StatusUpdate::actor)
                .findFirst()
                .orElse(null);
        var processInstance = records.processInstanceOf(caseNumber);
        String heldBy = record.partner() == null ? null : partners.nameOf(record.partner());
        return new CaseDetail(
                record,
                heldBy,
                escalatedBy,
                updates,
                processInstance
                        .map(id -> taskHistory.of(id, Callers.of(caller)))
                        .orElse(List.of()),
                notifications.of(caseNumber),
                processInstance.map(id -> slas.of(id, updates)).orElse(null),
                surveys.answerOf(caseNumber).orElse(null),
                lessons.ofCase(caseNumber),
                customerMessages.of(caseNumber));
    }
}
