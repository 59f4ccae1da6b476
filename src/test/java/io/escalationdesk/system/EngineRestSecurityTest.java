package io.escalationdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.ApiClient;
import io.escalationdesk.EscalationDeskTest;
import io.escalationdesk.engine.process.CustomerEscalationProcess;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** /engine-rest as Camunda Modeler, Tasklist-less clients and strangers meet it. */
@EscalationDeskTest
@Tag("database")
class EngineRestSecurityTest {

    private static final ObjectMapper json = new ObjectMapper();

    @Autowired
    ApiClient api;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Test
    void everyResourceButTheEngineListNeedsCredentials() throws Exception {
        JsonNode openApi;
        try (InputStream in = getClass().getResourceAsStream("/openapi.json")) {
            openApi = json.readTree(in);
        }
        List<String> answeredWithout401 = new ArrayList<>();
        int walked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String url = "/engine-rest" + path.getKey().replaceAll("\\{[^}]+}", "x");
            String method = path.getValue().has("get")
                    ? "GET"
                    : path.getValue().fieldNames().next().toUpperCase();
            HttpResponse<String> response = ApiClient.send(HttpRequest.newBuilder(api.uri(url))
                    .header("Content-Type", "application/json")
                    .method(
                            method,
                            method.equals("GET")
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString("{}")));
            walked++;
            if (response.statusCode() != 401) {
                answeredWithout401.add(method + " " + url + " -> " + response.statusCode());
            }
        }

        assertThat(walked).isGreaterThan(300);
        assertThat(answeredWithout401).containsExactly("GET /engine-rest/engine -> 200");
    }

    @Test
    void aProcessOwnerDeploysFromModelerAndTheNextCaseUsesTheNewVersion() throws Exception {
        int before = latestVersion();
        String marker =
                "Customer escalation (Modeler " + UUID.randomUUID().toString().substring(0, 8) + ")";

        HttpResponse<String> deployed = deployAsModelerDoes("process-owner", marker);

        assertThat(deployed.statusCode()).isEqualTo(200);
        JsonNode deployment = json.readTree(deployed.body());
        assertThat(deployment.get("deployedProcessDefinitions")).hasSize(1);
        assertThat(latestVersion()).isEqualTo(before + 1);
        String caseNumber = json.readTree(
                        api.post("tier1-agent", "/api/cases", """
        {"customerId":"C-9001","customerName":"Jane Doe","customerEmail":"jane@example.com",
         "preferredContactChannel":"EMAIL","channel":"PHONE","category":"GENERAL",
         "priority":"NORMAL","trigger":"RESOLUTION_DELAYED","customerSegment":"STANDARD",
         "description":"After the Modeler deployment"}""").body())
                .get("caseNumber")
                .asText();
        String definitionId = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getProcessDefinitionId();
        assertThat(repository.getProcessDefinition(definitionId).getName()).isEqualTo(marker);
    }

    @Test
    void anAgentMayNotDeployAndAStrangerMustSignIn() throws Exception {
        int before = latestVersion();

        assertThat(deployAsModelerDoes("tier1-agent", "by an agent").statusCode())
                .isEqualTo(403);
        assertThat(deployAsModelerDoes(null, "by a stranger").statusCode()).isEqualTo(401);
        assertThat(latestVersion()).isEqualTo(before);
    }

    @Test
    void anAuditorReadsButChangesNothing() throws Exception {
        String start = "/engine-rest/process-definition/key/" + CustomerEscalationProcess.PROCESS_KEY + "/start";

        assertThat(api.get("auditor", "/engine-rest/history/process-instance?maxResults=1")
                        .statusCode())
                .isEqualTo(200);
        assertThat(api.post("auditor", start, "{\"businessKey\":\"AUDIT-1\"}").statusCode())
                .isEqualTo(403);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey("AUDIT-1")
                        .count())
                .isZero();
    }

    private int latestVersion() {
        return repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(CustomerEscalationProcess.PROCESS_KEY)
                .latestVersion()
                .singleResult()
                .getVersion();
    }

    /**
     * The request Camunda Modeler's "Deploy" sends: multipart form data with the deployment's name,
     * source and duplicate filtering, the diagram, and the forms it references.
     */
    private HttpResponse<String> deployAsModelerDoes(String user, String processName) throws Exception {
        String bpmn = Files.readString(Path.of("processes/CustomerEscalation.bpmn"))
                .replace("name=\"Customer escalation\"", "name=\"" + processName + "\"");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deployment-name", "CustomerEscalation");
        fields.put("deployment-source", "Camunda Modeler");
        fields.put("enable-duplicate-filtering", "true");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("CustomerEscalation.bpmn", bpmn);
        for (String form : List.of("CaseOutcome.form", "EscalationRequest.form")) {
            files.put(form, Files.readString(Path.of("forms", form)));
        }
        String boundary = "----modeler" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
        files.forEach((name, content) -> body.append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(name)
                .append("\"; filename=\"")
                .append(name)
                .append("\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n")
                .append(content)
                .append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        HttpRequest.Builder request = (user == null
                        ? HttpRequest.newBuilder(api.uri("/engine-rest/deployment/create"))
                        : api.as(user, "/engine-rest/deployment/create"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        return ApiClient.send(request);
    }
}
