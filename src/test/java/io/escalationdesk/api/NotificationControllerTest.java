package io.escalationdesk.api;

import static io.escalationdesk.api.Problems.as;
import static io.escalationdesk.api.Problems.problem;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.escalationdesk.notification.Notifications;
import io.escalationdesk.system.ConflictException;
import io.escalationdesk.system.Readiness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A supervisor's retry of a customer's message. */
@ApiSlice
class NotificationControllerTest {

    @Autowired
    MockMvc http;

    @Autowired
    Readiness readiness;

    @Autowired
    Notifications notifications;

    @BeforeEach
    void processesAreDeployed() {
        readiness.processesDeployed();
    }

    @Test
    void aRetryOfAMessageThatDidNotFailIs409() throws Exception {
        given(notifications.retry(eq("ESC-1"), anyLong(), anyString()))
                .willThrow(new ConflictException("Only a FAILED notification can be retried"));

        problem(http.perform(as("tier1-agent", post("/api/cases/ESC-1/notifications/7/retry"))), 409);
    }
}
