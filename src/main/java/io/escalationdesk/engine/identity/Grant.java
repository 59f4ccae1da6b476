package io.escalationdesk.engine.identity;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Permissions a group holds on one resource ({@code *} for all of its kind). */
record Grant(Resource resource, String resourceId, List<Permission> permissions) {

    static Grant of(Resource resource, String resourceId, Permission... permissions) {
        return new Grant(resource, resourceId, List.of(permissions));
    }
}
