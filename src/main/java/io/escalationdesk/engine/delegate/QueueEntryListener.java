package io.escalationdesk.engine.delegate;

import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.QueueEntries;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Makes a new task of a case (a level's task, a call-back, a question to an expert, a goodwill
 * approval, a survey's review) readable in the queue: its name says which case it is, its
 * priority follows the case's, its due and follow-up dates are its deadline ({@link
 * TaskDeadlines}). The diagram keeps the task's own name as the element's; every process of a
 * case is keyed by its case number.
 */
@Component("queueEntry")
class QueueEntryListener implements TaskListener {

    private final CaseRecords records;
    private final QueueEntries entries;
    private final TaskDeadlines deadlines;

    QueueEntryListener(CaseRecords records, QueueEntries entries, TaskDeadlines deadlines) {
        this.records = records;
        this.entries = entries;
        this.deadlines = deadlines;
    }

    @Override
    public void notify(DelegateTask task) {
        records.find(task.getExecution().getProcessBusinessKey()).ifPresent(record -> {
            task.setName(entries.titleOf(record));
            task.setPriority(QueueEntries.rankOf(record));
        });
        deadlines.of(task).applyTo(task);
    }
}
