package io.escalationdesk.api;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.conversation.InboundMessages;
import io.escalationdesk.engine.read.CaseSla;
import io.escalationdesk.engine.read.CaseTaskHistory;
import io.escalationdesk.feedback.Lesson;
import io.escalationdesk.feedback.Surveys;
import io.escalationdesk.notification.NotificationOutbox;
import io.escalationdesk.timeline.StatusUpdate;
import java.util.List;

/**
 * Everything an agent needs when the customer calls back: the case, who escalated it, its
 * timeline, who worked on which task, what the customer was told and where the SLA stands.
 *
 * @param escalatedBy the user who opened the escalation
 * @param sla none for a case whose process is gone (history cleaned up)
 * @param survey the customer's answer to the satisfaction survey; none until they answer
 * @param lessons what the agents would have the team learn from the case
 * @param heldBy the partner team that has the case now; none when the level's own team has it
 * @param customerMessages what the customer wrote to us on any channel, oldest first, and why
 *     each landed on this case; with the notifications, the conversation
 */
record CaseDetail(
        CaseRecord caseRecord,
        String heldBy,
        String escalatedBy,
        List<StatusUpdate> timeline,
        List<CaseTaskHistory.TaskWork> tasks,
        List<NotificationOutbox.Entry> notifications,
        CaseSla sla,
        Surveys.Answered survey,
        List<Lesson> lessons,
        List<InboundMessages.Shown> customerMessages) {}
