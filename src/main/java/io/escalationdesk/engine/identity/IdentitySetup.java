package io.escalationdesk.engine.identity;

import org.camunda.bpm.client.spring.boot.starter.ClientProperties;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Creates the call center's groups and their authorizations on every start (idempotent), the
 * Tasklist filters agents share, the billing worker's technical user, and, in the demo profile,
 * one demo user per group.
 */
@Component
class IdentitySetup extends AbstractProcessEnginePlugin {

  private final IdentityProperties properties;
  private final ClientProperties workerClient;

  IdentitySetup(IdentityProperties properties, ClientProperties workerClient) {
    this.properties = properties;
    this.workerClient = workerClient;
  }

  /** Admin-only commands (beyond resource grants) are open to both admin groups. */
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setAdminGroups(Groups.administrators());
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    for (Groups group : Groups.values()) {
      createGroup(identity, group);
      group.grants().forEach(grant -> grant(engine.getAuthorizationService(), group, grant));
      if (properties.demoUsers() && group.demoUser != null) {
        createUser(identity, group.demoUser, group.demoUser, group);
      }
    }
    createTaskFilter(engine, "My group's queue", engine.getTaskService().createTaskQuery()
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .includeAssignedTasks()
        .orderByTaskPriority().desc()
        .orderByTaskCreateTime().asc());
    createTaskFilter(engine, "My tasks", engine.getTaskService().createTaskQuery()
        .taskAssigneeExpression("${currentUser()}")
        .orderByTaskCreateTime().asc());
    var worker = workerClient.getBasicAuth();
    if (worker != null && worker.getUsername() != null && worker.getPassword() != null) {
      createUser(identity, worker.getUsername(), worker.getPassword(), Groups.WORKERS);
    }
  }

  /** A shared Tasklist filter; every agent may read every filter (see {@link Groups}). */
  private static void createTaskFilter(ProcessEngine engine, String name, TaskQuery query) {
    FilterService filters = engine.getFilterService();
    if (filters.createFilterQuery().filterName(name).count() == 0) {
      Filter filter = filters.newTaskFilter(name).setQuery(query);
      filter.setProperties(Map.of("description", name, "refresh", true));
      filters.saveFilter(filter);
    }
  }

  private static void createGroup(IdentityService identity, Groups group) {
    if (identity.createGroupQuery().groupId(group.id).count() == 0) {
      var newGroup = identity.newGroup(group.id);
      newGroup.setName(group.displayName);
      newGroup.setType("WORKFLOW");
      identity.saveGroup(newGroup);
    }
  }

  private static void createUser(
      IdentityService identity, String userId, String password, Groups group) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      var user = identity.newUser(userId);
      user.setFirstName(userId);
      user.setLastName("(" + group.displayName + ")");
      user.setPassword(password);
      identity.saveUser(user);
      identity.createMembership(userId, group.id);
    }
  }

  private static void grant(AuthorizationService authorizations, Groups group, Grant grant) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .groupIdIn(group.id)
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .singleResult();
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(group.id);
      authorization.setResource(grant.resource());
      authorization.setResourceId(grant.resourceId());
    }
    grant.permissions().forEach(authorization::addPermission);
    authorizations.saveAuthorization(authorization);
  }
}
