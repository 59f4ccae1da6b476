package io.escalationdesk.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.escalationdesk.timeline.CaseRef;
import io.escalationdesk.timeline.TimelineWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A hand-off goes to the billing system when there is one, and on the timeline either way. */
class BillingHandoffsTest {

    private static final BillingHandoffs.Handoff HANDOFF =
            new BillingHandoffs.Handoff("ESC-T-1", "C-1", "BILLING", "NORMAL", "Charged twice");

    private final BillingSystem billingSystem = mock(BillingSystem.class);
    private final TimelineWriter timeline = mock(TimelineWriter.class);
    private final BillingHandoffs handoffs = new BillingHandoffs(billingSystem, null, timeline);

    @Test
    void withABillingSystemTheCaseIsForwardedWithItsKeyAndTheReferenceRecorded() {
        given(billingSystem.isConfigured()).willReturn(true);
        given(billingSystem.forward(HANDOFF, "handoff-1")).willReturn(Optional.of("BO-77"));

        Optional<String> reference = handoffs.handOff(HANDOFF, "handoff-1");
        handoffs.recordHandedOff(new CaseRef("ESC-T-1", "p-1"), reference);

        assertThat(reference).hasValue("BO-77");
        verify(timeline).forwardedToBilling(new CaseRef("ESC-T-1", "p-1"), Optional.of("BO-77"), true);
    }

    @Test
    void withoutOneTheCaseGoesToTheQueueAndIsRecordedSo() {
        given(billingSystem.isConfigured()).willReturn(false);

        Optional<String> reference = handoffs.handOff(HANDOFF, "handoff-1");
        handoffs.recordHandedOff(new CaseRef("ESC-T-1", "p-1"), reference);

        assertThat(reference).isEmpty();
        verify(billingSystem, never()).forward(any(), anyString());
        verify(timeline).forwardedToBilling(new CaseRef("ESC-T-1", "p-1"), Optional.empty(), false);
    }
}
