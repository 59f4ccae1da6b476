package io.escalationdesk.engine.identity;

import static io.escalationdesk.engine.process.CustomerEscalationProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The Tasklist filters agents share, owned by nobody and each readable only by the groups it is
 * for: "My group's queue", "My tasks" and "All tasks" (every task the agent may see: for
 * supervisors every team's) for every group that works in Tasklist, and per group
 * its queue, soonest due first, and what in it is at risk (due within the hour). The list shows
 * the case number, the customer, the category and the SLA due time beside each task's name.
 * Created on the first start and brought up to date on every later one, never twice.
 */
final class QueueFilters {

    /** What Tasklist lists beside the task's name: the names the case's tasks carry. */
    private static final List<Map<String, String>> CASE_COLUMNS = List.of(
            column(CASE_NUMBER, "Case"),
            column(CUSTOMER_NAME, "Customer"),
            column(CATEGORY, "Category"),
            column(SLA_DUE, "SLA due"));

    private static final String WITHIN_THE_HOUR = "${dateTime().plusHours(1)}";

    private final ProcessEngine engine;

    QueueFilters(ProcessEngine engine) {
        this.engine = engine;
    }

    /**
     * @param groups the groups working in Tasklist, by id, with their names
     */
    void share(Map<String, String> groups) {
        List<String> everyone = List.copyOf(groups.keySet());
        save(
                "My group's queue",
                -20,
                queue(tasks -> tasks.taskCandidateGroupInExpression("${currentUserGroups()}")),
                everyone);
        save(
                "My tasks",
                -10,
                tasks().taskAssigneeExpression("${currentUser()}")
                        .orderByDueDate()
                        .asc(),
                everyone);
        save("All tasks", 20, tasks().orderByDueDate().asc(), everyone);
        groups.forEach((group, name) -> {
            save("Queue: " + name, 0, queue(tasks -> tasks.taskCandidateGroup(group)), List.of(group));
            save(
                    "At risk: " + name,
                    10,
                    queue(tasks -> tasks.taskCandidateGroup(group).dueBeforeExpression(WITHIN_THE_HOUR)),
                    List.of(group));
            // earlier versions let every agent read every filter
            revoke(group, "*");
        });
    }

    /**
     * The candidates' work, claimed or not, the soonest due first, the higher priority first among
     * equals.
     */
    private TaskQuery queue(UnaryOperator<TaskQuery> candidates) {
        return candidates
                .apply(tasks())
                .includeAssignedTasks()
                .orderByDueDate()
                .asc()
                .orderByTaskPriority()
                .desc();
    }

    private TaskQuery tasks() {
        return engine.getTaskService().createTaskQuery();
    }

    private void save(String name, int priority, TaskQuery query, List<String> readers) {
        FilterService filters = engine.getFilterService();
        Filter filter = filters.createFilterQuery().filterName(name).list().stream()
                .filter(existing -> existing.getOwner() == null)
                .findFirst()
                .orElseGet(() -> filters.newTaskFilter(name));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", name);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("variables", CASE_COLUMNS);
        filter.setQuery(query);
        filter.setProperties(properties);
        String id = filters.saveFilter(filter).getId();
        readers.forEach(group -> grantRead(group, id));
    }

    private void grantRead(String group, String filterId) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        if (authorization(group, filterId) == null) {
            Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            read.setGroupId(group);
            read.setResource(Resources.FILTER);
            read.setResourceId(filterId);
            read.addPermission(Permissions.READ);
            authorizations.saveAuthorization(read);
        }
    }

    private void revoke(String group, String filterId) {
        Authorization grant = authorization(group, filterId);
        if (grant != null) {
            engine.getAuthorizationService().deleteAuthorization(grant.getId());
        }
    }

    private Authorization authorization(String group, String filterId) {
        return engine.getAuthorizationService()
                .createAuthorizationQuery()
                .groupIdIn(group)
                .resourceType(Resources.FILTER)
                .resourceId(filterId)
                .singleResult();
    }

    private static Map<String, String> column(String variable, String label) {
        return Map.of("name", variable, "label", label);
    }
}
