package io.escalationdesk.knowledge;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the similarity index lives and how it follows the database.
 *
 * @param indexDirectory this node's index: each node keeps its own and fills it from the shared
 *     database
 * @param overlap how far behind its watermark each poll looks again: a resolution whose
 *     transaction committed after a later one, or on a node whose clock runs behind, is still found
 */
@Validated
@ConfigurationProperties("escalation.knowledge")
public record KnowledgeProperties(
        @NotNull Path indexDirectory, @NotNull Duration overlap) {}
