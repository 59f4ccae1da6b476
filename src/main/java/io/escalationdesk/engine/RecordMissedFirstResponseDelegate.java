package io.escalationdesk.engine;

import static io.escalationdesk.engine.CustomerEscalationProcess.Variables.FIRST_RESPONSE_DUE_AT;
import static io.escalationdesk.engine.CustomerEscalationProcess.Variables.FIRST_RESPONSE_TARGET;

import io.escalationdesk.timeline.Timeline;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Nobody took the case in time: the timeline says so; the resolution target still runs. */
@Component("recordMissedFirstResponse")
class RecordMissedFirstResponseDelegate implements JavaDelegate {

    private final SlaClock slaClock;
    private final Timeline timeline;

    RecordMissedFirstResponseDelegate(SlaClock slaClock, Timeline timeline) {
        this.slaClock = slaClock;
        this.timeline = timeline;
    }

    @Override
    public void execute(DelegateExecution execution) {
        timeline.firstResponseMissed(
                CaseVariables.ref(execution),
                CaseVariables.level(execution),
                CaseVariables.duration(execution, FIRST_RESPONSE_TARGET),
                slaClock.local(execution, CaseVariables.instant(execution, FIRST_RESPONSE_DUE_AT)));
    }
}
