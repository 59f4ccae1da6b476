package io.escalationdesk.api;

import io.escalationdesk.cases.Language;
import io.escalationdesk.engine.identity.GroupGrants;
import io.escalationdesk.knowledge.Article;
import io.escalationdesk.knowledge.ArticleDraft;
import io.escalationdesk.knowledge.ArticleStatus;
import io.escalationdesk.knowledge.Articles;
import io.escalationdesk.knowledge.SuggestionKind;
import io.escalationdesk.knowledge.SuggestionLog;
import io.escalationdesk.security.Callers;
import io.escalationdesk.staff.StaffGroup;
import io.escalationdesk.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Knowledge articles, for every agent to read once published and for supervisors and process
 * owners to write, edit and publish; and what agents did with the suggestions shown for a case.
 */
@RestController
@Tag(name = "Knowledge")
class KnowledgeController {

    /**
     * The articles found, and whether the caller edits them, so the page offers the editor to
     * those the API lets write.
     */
    record Found(List<Article> articles, boolean editor) {}

    private final Articles articles;
    private final SuggestionLog suggestions;

    KnowledgeController(Articles articles, SuggestionLog suggestions) {
        this.articles = articles;
        this.suggestions = suggestions;
    }

    @Operation(
            summary = "Find articles",
            description = "Published articles, those matching the words in `q` first (the similarity "
                    + "index); without `q`, the last edited first. Supervisors and process owners also "
                    + "read drafts: `status` DRAFT, or none for both. At most " + Articles.LIST_LIMIT
                    + "; `editor` says "
                    + "whether the caller may write, edit and publish.")
    @GetMapping(path = "/api/knowledge/articles", produces = MediaType.APPLICATION_JSON_VALUE)
    Found find(
            @Parameter(description = "words of the title or text") @RequestParam(required = false) String q,
            @RequestParam(required = false) ArticleStatus status,
            @Parameter(description = "the articles' language; every language when none is given")
                    @RequestParam(required = false)
                    Language language,
            Authentication caller) {
        boolean editor = isEditor(caller);
        if (!editor && status == ArticleStatus.DRAFT) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Drafts are for supervisors and process owners");
        }
        return new Found(articles.find(q, editor ? status : ArticleStatus.PUBLISHED, language), editor);
    }

    @Operation(summary = "Read an article", description = "A draft only for supervisors and process owners.")
    @GetMapping(path = "/api/knowledge/articles/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Article read(@PathVariable long id, Authentication caller) {
        return articles.find(id)
                .filter(article -> article.status() == ArticleStatus.PUBLISHED || isEditor(caller))
                .orElseThrow(() -> new NotFoundException("No article " + id));
    }

    @Operation(
            summary = "Write an article",
            description = "A draft: title (up to 200 characters) and text (up to 8000) as plain text, "
                    + "the category, trigger and language it is for.")
    @PostMapping(
            path = "/api/knowledge/articles",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Article create(@RequestBody ArticleDraft draft, Authentication caller) {
        return articles.create(draft, caller.getName());
    }

    @Operation(summary = "Edit an article", description = "Draft or published; a published one stays published.")
    @PutMapping(
            path = "/api/knowledge/articles/{id}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Article edit(@PathVariable long id, @RequestBody ArticleDraft draft, Authentication caller) {
        return articles.edit(id, draft, caller.getName());
    }

    @Operation(summary = "Publish a draft", description = "Every agent reads it from now on; 409 once published.")
    @PostMapping(path = "/api/knowledge/articles/{id}/publish", produces = MediaType.APPLICATION_JSON_VALUE)
    Article publish(@PathVariable long id, Authentication caller) {
        return articles.publish(id, caller.getName());
    }

    @Operation(
            summary = "An agent opened a suggestion shown for the case",
            description = "`kind` CASE with a similar case's number, or ARTICLE with an article's id; "
                    + "404 for one not shown for the case.")
    @PostMapping("/api/cases/{caseNumber}/suggestions/{kind}/{suggested}/opened")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void opened(
            @PathVariable String caseNumber,
            @PathVariable SuggestionKind kind,
            @PathVariable String suggested,
            Authentication caller) {
        suggestions.opened(caseNumber, kind, suggested, caller.getName());
    }

    @Operation(
            summary = "A suggestion shown for the case helped",
            description = "Recorded once and on the case's timeline; 409 for a closed case.")
    @PostMapping("/api/cases/{caseNumber}/suggestions/{kind}/{suggested}/helped")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void helped(
            @PathVariable String caseNumber,
            @PathVariable SuggestionKind kind,
            @PathVariable String suggested,
            Authentication caller) {
        suggestions.helped(caseNumber, kind, suggested, caller.getName());
    }

    private static boolean isEditor(Authentication caller) {
        return Callers.of(caller).groups().stream()
                .anyMatch(GroupGrants.withAdministrators(StaffGroup.mayEditArticles())::contains);
    }
}
