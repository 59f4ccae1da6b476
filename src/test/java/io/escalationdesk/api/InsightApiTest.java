package io.escalationdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.ApiClient;
import io.escalationdesk.EngineCases;
import io.escalationdesk.EscalationDeskTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The insight API over HTTP on the whole app: figures by filter, CSV, and reported contact
 * volumes. Who reads which figures, and the parameters' validation: {@link InsightControllerTest}.
 */
@EscalationDeskTest
@Tag("database")
class InsightApiTest {

    private static final ObjectMapper json = new ObjectMapper();

    @Autowired
    ApiClient api;

    @Autowired
    EngineCases cases;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachFilterHasItsOwnFiguresAndAFigureServedAgainIsTheSame() throws Exception {
        String today = "from=" + LocalDate.now(ZoneId.of("Europe/Berlin")) + "&to="
                + LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1);
        cases.openAtTier1("ESC-INSIGHT-API", Map.of("channel", "SMS"));

        JsonNode bySms = summary("/api/insights/summary?channel=SMS&" + today);
        JsonNode bySocial = summary("/api/insights/summary?channel=SOCIAL&" + today);

        assertThat(casesOpened(bySms)).isPositive();
        assertThat(casesOpened(bySocial)).isZero();
        assertThat(summary("/api/insights/summary?channel=SMS&" + today)).isEqualTo(bySms);
        assertThat(Instant.parse(bySms.get("asOf").asText())).isBefore(Instant.now());
    }

    @Test
    void everyReportComesAsCsvWithTheSameRowsAsItsJson() throws Exception {
        JsonNode summary =
                json.readTree(api.get("supervisor", "/api/insights/summary").body());
        HttpResponse<String> csv =
                ApiClient.send(api.as("supervisor", "/api/insights/summary").header("Accept", "text/csv"));

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"summary.csv\"");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("KPI,Figure,This period,Previous period,Unit,Definition");
        assertThat(lines).hasSize(summary.get("rows").size() + 1);
        assertThat(lines[2])
                .startsWith("casesOpened,Cases opened,"
                        + summary.get("rows").get(1).get("value").asText() + ",");
    }

    @Test
    void contactVolumesAreStoredOncePerDayChannelAndTeamTheLastReportCounting() throws Exception {
        String day = LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(400).toString();

        HttpResponse<String> first = volumes("supervisor", day, "PHONE", "tier1", 120);
        HttpResponse<String> again = volumes("supervisor", day, "PHONE", "tier1", 135);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select contacts from contact_volume where contact_day = cast(? as date) "
                                + "and channel = 'PHONE' and team = 'tier1'")
                        .param(day)
                        .query(Integer.class)
                        .list())
                .containsExactly(135);
        assertThat(volumes("tier1-agent", day, "PHONE", "tier1", 1).statusCode())
                .isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
      an unknown team     | {"volumes":[{"day":"2026-01-05","channel":"PHONE","team":"sales","contacts":3}]}  | volumes[0].team
      a day to come       | {"volumes":[{"day":"2999-01-05","channel":"PHONE","team":"tier1","contacts":3}]}  | volumes[0].day
      no count            | {"volumes":[{"day":"2026-01-05","channel":"PHONE","team":"tier1"}]}              | volumes[0].contacts
      a negative count    | {"volumes":[{"day":"2026-01-05","channel":"PHONE","team":"tier1","contacts":-1}]} | volumes[0].contacts
      an unknown channel  | {"volumes":[{"day":"2026-01-05","channel":"FAX","team":"tier1","contacts":3}]}    | volumes[0].channel
      nothing             | {"volumes":[]}                                                                  | volumes
      """)
    void badContactVolumesAreRefusedNamingTheFieldAndNothingIsStored(String label, String body, String field)
            throws Exception {
        long before = storedVolumes();

        HttpResponse<String> response = api.post("supervisor", "/api/contact-volumes", body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("errors").findValuesAsText("field"))
                .contains(field);
        assertThat(storedVolumes()).isEqualTo(before);
    }

    @Test
    void theOpenApiDocumentDescribesTheInsightsWithExamples() throws Exception {
        JsonNode document = json.readTree(
                ApiClient.send(HttpRequest.newBuilder(api.uri("/v3/api-docs")).GET())
                        .body());

        for (String path : new String[] {
            "summary",
            "trends",
            "levels",
            "sla",
            "volume",
            "avoidable",
            "push-down",
            "backlog",
            "at-risk",
            "teams",
            "agents",
            "agents/{agent}",
            "cases",
            "definitions"
        }) {
            assertThat(document.get("paths").has("/api/insights/" + path))
                    .as(path)
                    .isTrue();
        }
        assertThat(document.get("paths").get("/api/contact-volumes").has("post"))
                .isTrue();
        assertThat(document.at("/components/schemas/ContactVolume/properties/team/example")
                        .asText())
                .isEqualTo("tier1");
    }

    private HttpResponse<String> volumes(String user, String day, String channel, String team, int contacts)
            throws Exception {
        return api.post(user, "/api/contact-volumes", """
        {"volumes":[{"day":"%s","channel":"%s","team":"%s","contacts":%d}]}""".formatted(day, channel, team, contacts));
    }

    private JsonNode summary(String path) throws Exception {
        return json.readTree(api.get("supervisor", path).body());
    }

    private static long casesOpened(JsonNode summary) {
        for (JsonNode row : summary.get("rows")) {
            if (row.get("kpi").asText().equals("casesOpened")) {
                return row.get("value").asLong();
            }
        }
        throw new AssertionError("no casesOpened in " + summary);
    }

    private long storedVolumes() {
        return jdbc.sql("select count(*) from contact_volume").query(Long.class).single();
    }
}
