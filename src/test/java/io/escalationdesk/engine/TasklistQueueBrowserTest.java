package io.escalationdesk.engine;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.escalationdesk.ApiClient;
import io.escalationdesk.CamundaWebapps;
import io.escalationdesk.Chromium;
import io.escalationdesk.EngineCases;
import io.escalationdesk.EscalationDeskTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Tier 2 agent's queue in Tasklist, in a real Chromium: the group's shared filter lists each
 * task by its case and customer with its due date, the soonest due first, and "At risk" lists
 * what is due within the hour. Urgent delayed cases go to Tier 2 on a 24x7 clock of two hours;
 * the test opens them at different times, so they are due in 20 minutes, 90 minutes and 2 hours.
 */
@EscalationDeskTest
class TasklistQueueBrowserTest {

    private static final ObjectMapper json = new ObjectMapper();

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Autowired
    ApiClient api;

    @Autowired
    EngineCases cases;

    @Autowired
    FilterService filters;

    @AfterEach
    void backToNow() {
        ClockUtil.reset();
    }

    @Test
    void aTier2AgentWorksTheQueueSoonestDueFirstAndSeesWhatIsAtRisk() throws Exception {
        String surname = "Queue" + UUID.randomUUID().toString().substring(0, 6);
        String dueSoon = openedAgo(Duration.ofMinutes(100), "Ann " + surname);
        String dueLater = openedAgo(Duration.ofMinutes(30), "Ben " + surname);
        String dueLast = openedAgo(Duration.ZERO, "Cid " + surname);

        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = CamundaWebapps.signIn(context, webapp(), "tier2-agent");

            List<Locator> queue = listed(page, "Queue: Tier 2 agents", surname, 3);
            assertThat(queue.get(0).locator("h4.task")).containsText(dueSoon + " · General · A. " + surname);
            assertThat(queue.get(1).locator("h4.task")).containsText(dueLater + " · General · B. " + surname);
            assertThat(queue.get(2).locator("h4.task")).containsText(dueLast + " · General · C. " + surname);
            for (Locator task : queue) {
                assertThat(task.locator(".due-date")).isVisible();
            }
            // the filter's columns: the case and the customer as the case record has them
            assertThat(queue.get(0)).containsText("Ann " + surname);
            assertThat(queue.get(0)).containsText(dueSoon);

            List<Locator> atRisk = listed(page, "At risk: Tier 2 agents", surname, 1);
            assertThat(atRisk.get(0).locator("h4.task")).containsText(dueSoon);
        }
    }

    /** An urgent delayed case opened that long ago: Tier 2 has it for two hours from then. */
    private String openedAgo(Duration ago, String customer) {
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() - ago.toMillis()));
        try {
            return cases.openAtTier1(
                    "QUEUE", Map.of("priority", "URGENT", "category", "GENERAL", "customerName", customer));
        } finally {
            ClockUtil.reset();
        }
    }

    /**
     * The filter's list, narrowed by Tasklist's own search to this test's customers (other tests'
     * tasks share the queue), once it shows as many as expected.
     */
    private List<Locator> listed(Page page, String filter, String surname, int expected) throws Exception {
        String search = json.writeValueAsString(List.of(
                Map.of("type", "taskVariables", "operator", "like", "name", "customerName", "value", "%" + surname)));
        page.navigate(webapp() + "#/?filter=" + filterId(filter) + "&searchQuery="
                + URLEncoder.encode(search, StandardCharsets.UTF_8));
        Locator tasks = page.locator(".tasks-list li", new Page.LocatorOptions().setHasText(surname));
        assertThat(tasks).hasCount(expected);
        return tasks.all();
    }

    private String filterId(String name) {
        return filters.createFilterQuery().filterName(name).singleResult().getId();
    }

    private String webapp() {
        return api.uri("/camunda/app/tasklist/default/").toString();
    }
}
