package io.escalationdesk.api;

import static io.escalationdesk.api.Problems.as;
import static io.escalationdesk.api.Problems.problem;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.system.Readiness;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Reading and searching cases: a bad search parameter is named, an unknown case is 404. */
@ApiSlice
class CaseControllerTest {

    @Autowired
    MockMvc http;

    @Autowired
    Readiness readiness;

    @Autowired
    CaseRecords records;

    @BeforeEach
    void processesAreDeployed() {
        readiness.processesDeployed();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
      level=TOP            | level
      sort=customerName    | sort
      direction=up         | direction
      size=500             | size
      openedFrom=yesterday | openedFrom
      """)
    void aBadSearchParameterIs400NamingIt(String query, String field) throws Exception {
        problem(http.perform(as("tier1-agent", get("/api/cases?" + query))), 400)
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        verifyNoInteractions(records);
    }

    @Test
    void anUnknownCaseIs404() throws Exception {
        given(records.find("ESC-1999-999999")).willReturn(Optional.empty());

        problem(http.perform(as("tier1-agent", get("/api/cases/ESC-1999-999999"))), 404)
                .andExpect(jsonPath("$.detail").value("No case ESC-1999-999999"));
    }
}
