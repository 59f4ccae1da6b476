package io.escalationdesk.api;

import static io.escalationdesk.api.Problems.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import io.escalationdesk.system.Readiness;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The servlet container's error page ({@code system.ProblemErrorController}) answers as the API does. */
@ApiSlice
class ProblemErrorControllerTest {

    @Autowired
    MockMvc http;

    @Autowired
    Readiness readiness;

    @BeforeEach
    void processesAreDeployed() {
        readiness.processesDeployed();
    }

    @Test
    void anErrorNoControllerHandledIsAProblemToo() throws Exception {
        problem(
                        http.perform(get("/error")
                                .accept(MediaType.APPLICATION_JSON)
                                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/cases")),
                        400)
                .andExpect(jsonPath("$.instance").value("/api/cases"));
    }
}
