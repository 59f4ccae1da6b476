package io.escalationdesk.engine.delegate;

import static io.escalationdesk.engine.process.GoodwillApprovalProcess.Variables.BILLING_REFERENCE;

import io.escalationdesk.billing.GoodwillBookings;
import io.escalationdesk.goodwill.Goodwill;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The billing system booked the goodwill: on the case's timeline and in the agent's form. */
@Component("recordGoodwillGrant")
class RecordGoodwillGrantDelegate implements JavaDelegate {

    private final Goodwill goodwill;
    private final GoodwillBookings bookings;
    private final CaseGoodwill caseGoodwill;

    RecordGoodwillGrantDelegate(Goodwill goodwill, GoodwillBookings bookings, CaseGoodwill caseGoodwill) {
        this.goodwill = goodwill;
        this.bookings = bookings;
        this.caseGoodwill = caseGoodwill;
    }

    @Override
    public void execute(DelegateExecution execution) {
        goodwill.granted(
                CaseGoodwill.goodwillId(execution),
                Optional.ofNullable(VariableReads.string(execution, BILLING_REFERENCE)),
                bookings.isConfigured());
        caseGoodwill.showInCase(execution.getProcessBusinessKey());
    }
}
