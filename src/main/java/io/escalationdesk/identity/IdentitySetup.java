package io.escalationdesk.identity;

import org.camunda.bpm.client.spring.boot.starter.ClientProperties;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * Creates the call center's groups and their authorizations on every start (idempotent), the
 * billing worker's technical user, and, in the demo profile, one demo user per group.
 */
@Component
class IdentitySetup extends AbstractProcessEnginePlugin {

  private final IdentityProperties properties;
  private final ClientProperties workerClient;

  IdentitySetup(IdentityProperties properties, ClientProperties workerClient) {
    this.properties = properties;
    this.workerClient = workerClient;
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
    var worker = workerClient.getBasicAuth();
    if (worker != null && worker.getUsername() != null && worker.getPassword() != null) {
      createUser(identity, worker.getUsername(), worker.getPassword(), Groups.WORKERS);
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
