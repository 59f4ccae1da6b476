package io.escalationdesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The house rules of ARCHITECTURE.md, checked over every file in processes/. */
class ModelConventionsTest {

  private static final String ID = "[A-Z][A-Za-z0-9]*_[A-Z][A-Za-z0-9]*";

  static Stream<Path> bpmnFiles() throws IOException {
    return filesEndingWith(".bpmn");
  }

  static Stream<Path> dmnFiles() throws IOException {
    return filesEndingWith(".dmn");
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void processIdIsTheFileNameAndHasAHistoryTimeToLive(Path file) {
    Collection<Process> processes = bpmn(file).getModelElementsByType(Process.class);

    assertThat(processes).singleElement().satisfies(process -> {
      assertThat(process.getId() + ".bpmn").isEqualTo(file.getFileName().toString());
      assertThat(process.isExecutable()).isTrue();
      assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
    });
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void elementIdsAreTypeAndPascalCaseName(Path file) {
    assertThat(bpmn(file).getModelElementsByType(FlowElement.class))
        .extracting(BaseElement::getId)
        .allSatisfy(id -> assertThat(id).matches(ID));
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void serviceTasksUseBeansOrExternalTopicsNeverClasses(Path file) {
    assertThat(bpmn(file).getModelElementsByType(ServiceTask.class)).allSatisfy(task -> {
      assertThat(task.getCamundaClass()).as(task.getId()).isNull();
      if (task.getCamundaType() == null) {
        assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{\\w+}");
      } else {
        assertThat(task.getCamundaType()).as(task.getId()).isEqualTo("external");
        assertThat(task.getCamundaTopic()).as(task.getId()).isNotBlank();
      }
    });
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void everyElementIsDrawnSoModelerShowsIt(Path file) {
    BpmnModelInstance model = bpmn(file);
    var drawn = Stream.concat(
            model.getModelElementsByType(BpmnShape.class).stream().map(BpmnShape::getBpmnElement),
            model.getModelElementsByType(BpmnEdge.class).stream().map(BpmnEdge::getBpmnElement))
        .map(BaseElement::getId)
        .toList();

    assertThat(model.getModelElementsByType(FlowElement.class))
        .extracting(BaseElement::getId)
        .allSatisfy(id -> assertThat(drawn).as("diagram shape of " + id).contains(id));
  }

  @ParameterizedTest
  @MethodSource("dmnFiles")
  void decisionsAreNamedByFileAndHaveAHistoryTimeToLive(Path file) throws IOException {
    Collection<Decision> decisions =
        Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class);

    assertThat(decisions).isNotEmpty().allSatisfy(decision -> {
      assertThat(decision.getCamundaHistoryTimeToLiveString()).as(decision.getId()).isNotBlank();
    });
    assertThat(decisions).extracting(Decision::getId)
        .contains(file.getFileName().toString().replace(".dmn", ""));
  }

  private static BpmnModelInstance bpmn(Path file) {
    return Bpmn.readModelFromFile(file.toFile());
  }

  private static Stream<Path> filesEndingWith(String suffix) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList().stream();
    }
  }
}
