package io.escalationdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.TestEnvironment;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * Every BPMN in processes/ has process test classes ({@code <ProcessId>ProcessTest}, or one per
 * path family: {@code <ProcessId><Family>ProcessTest}) whose coverage reports together show
 * every flow node and every sequence flow passed. Runs after the other classes (see
 * junit-platform.properties), in the H2 and in the PostgreSQL run.
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
        List<Path> reports = reportsOf(processId);
        assertThat(reports).as("coverage reports of " + processId).isNotEmpty();

        Set<String> passed = new HashSet<>();
        for (Path report : reports) {
            JsonNode suites = new ObjectMapper().readTree(report.toFile()).get("suites");
            suites.findValues("events")
                    .forEach(events -> events.forEach(event -> {
                        if (processId.equals(event.path("modelKey").asText())) {
                            passed.add(event.path("definitionKey").asText());
                        }
                    }));
        }

        assertThat(passed).as("flow nodes passed by the tests").containsAll(idsOf(model, FlowNode.class));
        assertThat(passed).as("sequence flows taken by the tests").containsAll(idsOf(model, SequenceFlow.class));
    }

    /** The reports of the process's test classes, one per class in a folder named after it. */
    private static List<Path> reportsOf(String processId) throws IOException {
        assertThat(REPORTS).as("process test coverage reports").isDirectory();
        List<Path> reports = new ArrayList<>();
        try (DirectoryStream<Path> testClasses =
                Files.newDirectoryStream(REPORTS, "io.escalationdesk.engine." + processId + "*ProcessTest")) {
            for (Path testClass : testClasses) {
                reports.add(testClass.resolve("report.json"));
            }
        }
        return reports;
    }

    private static Set<String> idsOf(BpmnModelInstance model, Class<? extends FlowElement> type) {
        Set<String> ids = new HashSet<>();
        model.getModelElementsByType(type).forEach(element -> ids.add(element.getId()));
        return ids;
    }
}
