package io.escalationdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.TestEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every BPMN in processes/ has a process test class ({@code <ProcessId>ProcessTest}) whose
 * coverage report shows every flow node and every sequence flow passed. Runs after the other
 * classes (see junit-platform.properties), in the H2 and in the PostgreSQL run.
 */
@Tag("database")
@Order(Integer.MAX_VALUE)
class ProcessCoverageTest {

    private static final Path REPORTS = Path.of(
            TestEnvironment.onPostgres() ? "target/process-test-coverage-postgres" : "target/process-test-coverage");

    static Stream<Path> bpmnFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void processTestPassesEveryFlowNodeAndSequenceFlow(Path file) throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        String processId =
                model.getModelElementsByType(Process.class).iterator().next().getId();
        Path report = REPORTS.resolve("io.escalationdesk.engine." + processId + "ProcessTest")
                .resolve("report.json");
        assertThat(report).as("coverage report of " + processId).exists();

        Set<String> passed = new HashSet<>();
        JsonNode suites = new ObjectMapper().readTree(report.toFile()).get("suites");
        suites.findValues("events")
                .forEach(events -> events.forEach(event -> {
                    if (processId.equals(event.path("modelKey").asText())) {
                        passed.add(event.path("definitionKey").asText());
                    }
                }));

        assertThat(passed).as("flow nodes passed by the tests").containsAll(idsOf(model, FlowNode.class));
        assertThat(passed).as("sequence flows taken by the tests").containsAll(idsOf(model, SequenceFlow.class));
    }

    private static Set<String> idsOf(BpmnModelInstance model, Class<? extends FlowElement> type) {
        Set<String> ids = new HashSet<>();
        model.getModelElementsByType(type).forEach(element -> ids.add(element.getId()));
        return ids;
    }
}
