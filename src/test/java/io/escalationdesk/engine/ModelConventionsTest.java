package io.escalationdesk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Channel;
import io.escalationdesk.cases.CustomerSegment;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Priority;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.CallOutcome;
import io.escalationdesk.escalation.ExpertGroup;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.ResolutionCode;
import io.escalationdesk.feedback.LessonKind;
import io.escalationdesk.feedback.SurveyReviewOutcome;
import io.escalationdesk.goodwill.ExceptionKind;
import io.escalationdesk.goodwill.GoodwillDecision;
import io.escalationdesk.goodwill.GoodwillKind;
import io.escalationdesk.staff.StaffGroup;
import io.escalationdesk.system.Labels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The house rules of ARCHITECTURE.md, checked over every file in processes/ and forms/. */
class ModelConventionsTest {

    private static final String ID = "[A-Z][A-Za-z0-9]*_[A-Z][A-Za-z0-9]*";
    /** form-js components Tasklist 7.24 renders (schema 16; no file picker). */
    private static final List<String> TASKLIST_COMPONENTS = List.of(
            "text",
            "textfield",
            "textarea",
            "number",
            "select",
            "radio",
            "checkbox",
            "checklist",
            "taglist",
            "datetime",
            "group",
            "spacer",
            "separator");

    private static final Map<String, Class<? extends Enum<?>>> ENUM_FIELDS = Map.ofEntries(
            Map.entry("channel", Channel.class),
            Map.entry("category", Category.class),
            Map.entry("priority", Priority.class),
            Map.entry("trigger", Trigger.class),
            Map.entry("customerSegment", CustomerSegment.class),
            Map.entry("customerLanguage", Language.class),
            Map.entry("resolutionCode", ResolutionCode.class),
            Map.entry("lessonKind", LessonKind.class),
            Map.entry("reviewOutcome", SurveyReviewOutcome.class),
            Map.entry("expertGroup", ExpertGroup.class),
            Map.entry("goodwillKind", GoodwillKind.class),
            Map.entry("goodwillException", ExceptionKind.class),
            Map.entry("approval", GoodwillDecision.class),
            Map.entry("callOutcome", CallOutcome.class));
    private static final ObjectMapper json = new ObjectMapper();

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

    /**
     * No exclusive gateway can find no way out, which stops the case with an incident: one that
     * decides has a named default flow, the safe answer for a value its conditions do not know (a
     * new {@code Level}, say); one that only joins flows goes on unconditionally.
     */
    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyExclusiveGatewayHasAWayOutForAnyValue(Path file) {
        assertThat(bpmn(file).getModelElementsByType(ExclusiveGateway.class)).allSatisfy(gateway -> {
            Collection<SequenceFlow> outgoing = gateway.getOutgoing();
            if (outgoing.size() > 1) {
                assertThat(gateway.getDefault())
                        .as("default flow of " + gateway.getId())
                        .isNotNull();
                assertThat(gateway.getDefault().getConditionExpression())
                        .as("condition of the default flow of " + gateway.getId())
                        .isNull();
                assertThat(gateway.getDefault().getName())
                        .as("name of the default flow of " + gateway.getId())
                        .isNotBlank();
            } else {
                assertThat(outgoing)
                        .as(gateway.getId())
                        .singleElement()
                        .satisfies(flow -> assertThat(flow.getConditionExpression())
                                .as(flow.getId())
                                .isNull());
            }
        });
    }

    /**
     * A level's group id is written in {@link Level} only: a task of a level asks for its queue by
     * the level's name ({@code ${queue.of(execution, 'TIER2')}}), never by the group.
     */
    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void tasksAskTheLevelForItsGroupAndNeverNameIt(Path file) {
        Pattern levelQueue = Pattern.compile("\\$\\{queue\\.of\\(execution, '(\\w+)'\\)}");
        assertThat(bpmn(file).getModelElementsByType(UserTask.class)).allSatisfy(task -> {
            String groups = task.getCamundaCandidateGroups();
            Matcher level = levelQueue.matcher(String.valueOf(groups));
            if (level.matches()) {
                assertThat(Level.valueOf(level.group(1)).candidateGroup())
                        .as(task.getId())
                        .isNotNull();
            } else if (groups != null && !groups.startsWith("${")) {
                assertThat(groups.split("\\s*,\\s*"))
                        .as("candidate groups of " + task.getId())
                        .doesNotContainAnyElementsOf(Arrays.stream(StaffGroup.values())
                                .map(StaffGroup::id)
                                .toList());
            }
        });
    }

    @ParameterizedTest
    @MethodSource("dmnFiles")
    void decisionsAreNamedByFileAndHaveAHistoryTimeToLive(Path file) throws IOException {
        Collection<Decision> decisions = Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class);

        assertThat(decisions).isNotEmpty().allSatisfy(decision -> {
            assertThat(decision.getCamundaHistoryTimeToLiveString())
                    .as(decision.getId())
                    .isNotBlank();
        });
        assertThat(decisions)
                .extracting(Decision::getId)
                .contains(file.getFileName().toString().replace(".dmn", ""));
    }

    /**
     * A rule's id reaches the reports and the timeline ({@code MatchedPolicyRule}): it names what the
     * rule is about, never its row number or a generated id, and its annotation says what it decides.
     */
    @ParameterizedTest
    @MethodSource("dmnFiles")
    void rulesHaveMeaningfulIdsAndSayWhatTheyDecide(Path file) {
        assertThat(Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Rule.class))
                .isNotEmpty()
                .allSatisfy(rule -> {
                    assertThat(rule.getId()).matches("Rule_[A-Z][A-Za-z0-9]*");
                    assertThat(rule.getDescription()).as(rule.getId()).isNotNull();
                    assertThat(rule.getDescription().getTextContent())
                            .as(rule.getId())
                            .isNotBlank();
                });
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyUserTaskAndStartEventHasAFormThatIsInForms(Path file) throws IOException {
        Set<String> formIds = new HashSet<>();
        for (Path form : files("forms", ".form")) {
            formIds.add(json.readTree(form.toFile()).get("id").asText());
        }
        BpmnModelInstance model = bpmn(file);
        Stream.concat(
                        model.getModelElementsByType(UserTask.class).stream()
                                .map(task -> Map.entry(task.getId(), String.valueOf(task.getCamundaFormRef()))),
                        // a start event Tasklist offers: a message starts its process by our code alone
                        model.getModelElementsByType(StartEvent.class).stream()
                                .filter(start -> start.getParentElement() instanceof Process
                                        && start.getEventDefinitions().isEmpty())
                                .map(start -> Map.entry(start.getId(), String.valueOf(start.getCamundaFormRef()))))
                .forEach(element ->
                        assertThat(formIds).as("form of " + element.getKey()).contains(element.getValue()));
    }

    static Stream<Path> formFiles() throws IOException {
        return files("forms", ".form").stream();
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void formsAreNamedByFileAndUseOnlyWhatTasklistRenders(Path file) throws IOException {
        JsonNode form = json.readTree(file.toFile());

        assertThat(form.get("id").asText() + ".form")
                .isEqualTo(file.getFileName().toString());
        assertThat(form.get("schemaVersion").asInt()).isLessThanOrEqualTo(16);
        assertThat(form.get("executionPlatformVersion").asText()).isEqualTo("7.24.0");
        List<String> keys = new ArrayList<>();
        form.get("components").forEach(component -> {
            assertThat(component.get("type").asText())
                    .as(component.get("id").asText())
                    .isIn(TASKLIST_COMPONENTS);
            if (component.has("key")) {
                keys.add(component.get("key").asText());
            }
        });
        assertThat(keys).doesNotHaveDuplicates();
    }

    /**
     * A form's choices are exactly the values the process accepts, in the Java enums, under the
     * labels the desk and the timeline show for them.
     */
    @ParameterizedTest
    @MethodSource("formFiles")
    void choicesAreTheValuesTheProcessAcceptsUnderTheirLabels(Path file) throws IOException {
        Labels labels = new Labels();
        json.readTree(file.toFile()).get("components").forEach(component -> {
            Class<? extends Enum<?>> accepted =
                    ENUM_FIELDS.get(component.path("key").asText());
            if (accepted != null && component.has("values")) {
                assertThat(component.get("values").findValuesAsText("value"))
                        .as(component.get("key").asText())
                        .containsExactly(Arrays.stream(accepted.getEnumConstants())
                                .map(Enum::name)
                                .toArray(String[]::new));
                assertThat(component.get("values").findValuesAsText("label"))
                        .as(component.get("key").asText())
                        .containsExactly(Arrays.stream(accepted.getEnumConstants())
                                .map(labels::of)
                                .toArray(String[]::new));
            }
        });
    }

    private static BpmnModelInstance bpmn(Path file) {
        return Bpmn.readModelFromFile(file.toFile());
    }

    private static Stream<Path> filesEndingWith(String suffix) throws IOException {
        return files("processes", suffix).stream();
    }

    private static List<Path> files(String folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return files.filter(file -> file.toString().endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }
}
