package io.escalationdesk;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Configuration;

/**
 * The house's dependency rule (README, Layout): domain ← channels ← engine adapter ← API, with
 * system beneath them all, and the engine known to the adapter alone; inside the adapter, a room
 * per role (README, Layout).
 */
@AnalyzeClasses(packages = "io.escalationdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String SYSTEM = "System";
    private static final String DOMAIN = "Domain";
    private static final String CHANNELS = "Channels";
    private static final String ENGINE_ADAPTER = "Engine adapter";
    private static final String API = "API";

    // rules are checked by methods: Surefire 3.5.3 skips @ArchTest fields (TNG/ArchUnit#1442)

    @ArchTest
    void packagesDoNotDependOnEachOtherInACircle(JavaClasses classes) {
        slices().matching("io.escalationdesk.(*)..").should().beFreeOfCycles().check(classes);
    }

    @ArchTest
    void dependenciesRunOneWay(JavaClasses classes) {
        DEPENDENCIES_RUN_ONE_WAY.check(classes);
    }

    @ArchTest
    void onlyTheEngineAdapterKnowsTheEngine(JavaClasses classes) {
        ONLY_THE_ENGINE_ADAPTER_KNOWS_THE_ENGINE.check(classes);
    }

    @ArchTest
    void theEngineCallsIntoDelegatesAndListenersOnly(JavaClasses classes) {
        classes()
                .that()
                .implement(JavaDelegate.class)
                .or()
                .implement(TaskListener.class)
                .or()
                .implement(ExecutionListener.class)
                .should()
                .resideInAPackage(ROOM_DELEGATES)
                .check(classes);
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOM_DELEGATES)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOM_DELEGATES)
                .because("only the diagrams call delegates and listeners, by their bean names")
                .check(classes);
    }

    @ArchTest
    void engineConfigurationAndPluginsLiveInTheirRoom(JavaClasses classes) {
        classes()
                .that()
                .areAssignableTo(ProcessEnginePlugin.class)
                .should()
                .resideInAnyPackage(ROOM_CONFIGURATION, ROOM_IDENTITY)
                .check(classes);
        classes()
                .that()
                .resideInAPackage("io.escalationdesk.engine..")
                .and()
                .areAnnotatedWith(Configuration.class)
                .should()
                // a configuration in the delegates' room declares delegate beans
                .resideInAnyPackage(ROOM_CONFIGURATION, ROOM_IDENTITY, ROOM_DELEGATES)
                .check(classes);
    }

    @ArchTest
    void workersLiveInTheirRoom(JavaClasses classes) {
        classes()
                .that()
                .implement(ExternalTaskHandler.class)
                .should()
                .resideInAPackage("io.escalationdesk.engine.worker")
                .check(classes);
    }

    @ArchTest
    void theApiReadsTheEngineThroughItsReadModelsAndIdentity(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAnyPackage("io.escalationdesk.api..", "io.escalationdesk.security..")
                .should()
                .dependOnClassesThat(resideInAPackage("io.escalationdesk.engine..")
                        .and(not(resideInAnyPackage("io.escalationdesk.engine.read", ROOM_IDENTITY))))
                .check(classes);
    }

    @ArchTest
    void theProcessesNamesDependOnNothingOfTheAdapter(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAPackage("io.escalationdesk.engine.process")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.escalationdesk.engine..")
                .andShould()
                .dependOnClassesThat()
                .resideInAPackage("org.camunda..")
                .check(classes);
    }

    private static final String ROOM_DELEGATES = "io.escalationdesk.engine.delegate";
    private static final String ROOM_CONFIGURATION = "io.escalationdesk.engine.config";
    private static final String ROOM_IDENTITY = "io.escalationdesk.engine.identity";

    private static final ArchRule DEPENDENCIES_RUN_ONE_WAY = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer(SYSTEM)
            .definedBy("io.escalationdesk.system..")
            .layer(DOMAIN)
            .definedBy(
                    "io.escalationdesk.cases..",
                    "io.escalationdesk.timeline..",
                    "io.escalationdesk.sla..",
                    "io.escalationdesk.escalation..",
                    "io.escalationdesk.intake..",
                    "io.escalationdesk.insight..",
                    "io.escalationdesk.feedback..",
                    "io.escalationdesk.knowledge..",
                    "io.escalationdesk.consult..",
                    "io.escalationdesk.goodwill..",
                    "io.escalationdesk.conversation..",
                    "io.escalationdesk.staff..",
                    "io.escalationdesk.move..",
                    "io.escalationdesk.knowledge..")
            .layer(CHANNELS)
            .definedBy("io.escalationdesk.notification..", "io.escalationdesk.billing..", "io.escalationdesk.inbound..")
            .layer(ENGINE_ADAPTER)
            .definedBy("io.escalationdesk.engine..")
            .layer(API)
            .definedBy("io.escalationdesk.api..", "io.escalationdesk.security..")
            .whereLayer(API)
            .mayNotBeAccessedByAnyLayer()
            .whereLayer(ENGINE_ADAPTER)
            .mayOnlyBeAccessedByLayers(API)
            .whereLayer(CHANNELS)
            .mayOnlyBeAccessedByLayers(ENGINE_ADAPTER, API)
            .whereLayer(DOMAIN)
            .mayOnlyBeAccessedByLayers(CHANNELS, ENGINE_ADAPTER, API)
            .whereLayer(SYSTEM)
            .mayOnlyBeAccessedByLayers(DOMAIN, CHANNELS, ENGINE_ADAPTER, API);

    private static final ArchRule ONLY_THE_ENGINE_ADAPTER_KNOWS_THE_ENGINE = noClasses()
            .that()
            .resideOutsideOfPackage("io.escalationdesk.engine..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.camunda..")
            .because("a change of engine, Camunda 7 to Operaton, should touch one place");
}
