package io.escalationdesk.api;

import static io.escalationdesk.api.Problems.as;
import static io.escalationdesk.api.Problems.problem;
import static org.hamcrest.Matchers.contains;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import io.escalationdesk.intake.ContactIntake;
import io.escalationdesk.system.Readiness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A customer's follow-up contact: the note is required, an auditor may not record one. */
@ApiSlice
class ContactControllerTest {

    private static final String CONTACTS = "/api/cases/ESC-2026-000001/contacts";

    @Autowired
    MockMvc http;

    @Autowired
    Readiness readiness;

    @Autowired
    ContactIntake contacts;

    @BeforeEach
    void processesAreDeployed() {
        readiness.processesDeployed();
    }

    @Test
    void aContactWithoutANoteIs400NamingIt() throws Exception {
        problem(
                        http.perform(as("tier1-agent", post(CONTACTS))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"channel\":\"PHONE\"}")),
                        400)
                .andExpect(jsonPath("$.errors[*].field", contains("note")));
        verifyNoInteractions(contacts);
    }

    @Test
    void anAuditorRecordingAContactIs403() throws Exception {
        problem(
                http.perform(as("auditor", post(CONTACTS))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channel\":\"PHONE\",\"note\":\"Hello\"}")),
                403);
        verifyNoInteractions(contacts);
    }
}
