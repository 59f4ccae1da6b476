package io.escalationdesk.api;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Partners;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.knowledge.CustomerHistory;
import io.escalationdesk.knowledge.IndexedArticles;
import io.escalationdesk.knowledge.IndexedArticles.SuggestedArticle;
import io.escalationdesk.knowledge.SimilarCases;
import io.escalationdesk.knowledge.SuggestionKind;
import io.escalationdesk.knowledge.SuggestionLog;
import io.escalationdesk.security.Callers;
import io.escalationdesk.system.InvalidFieldException;
import io.escalationdesk.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What helps an agent resolve a case: similar resolved cases, articles, the customer's history. */
@RestController
@Tag(name = "Knowledge")
class CaseKnowledgeController {

    private final CaseRecords records;
    private final Partners partners;
    private final SimilarCases similarCases;
    private final IndexedArticles articles;
    private final CustomerHistory customerHistory;
    private final SuggestionLog suggestions;

    CaseKnowledgeController(
            CaseRecords records,
            Partners partners,
            SimilarCases similarCases,
            IndexedArticles articles,
            CustomerHistory customerHistory,
            SuggestionLog suggestions) {
        this.records = records;
        this.partners = partners;
        this.similarCases = similarCases;
        this.articles = articles;
        this.customerHistory = customerHistory;
        this.suggestions = suggestions;
    }

    @Operation(
            summary = "The five resolved cases most like this one, and how often such cases were resolved at Tier 1",
            description = "Ranked by the description's words (BM25), the same category and trigger, and how "
                    + "recently they were resolved. A partner's agent sees the cases their partner resolved.")
    @GetMapping(path = "/api/cases/{caseNumber}/similar", produces = MediaType.APPLICATION_JSON_VALUE)
    SimilarCases.Found similar(
            @Parameter(example = "ESC-2026-000001") @PathVariable String caseNumber, Authentication caller) {
        return similarCases.similarTo(readable(caseNumber, caller), partnerOf(caller));
    }

    @Operation(summary = "The published articles most like this case")
    @GetMapping(path = "/api/cases/{caseNumber}/articles", produces = MediaType.APPLICATION_JSON_VALUE)
    List<SuggestedArticle> articles(
            @Parameter(example = "ESC-2026-000001") @PathVariable String caseNumber, Authentication caller) {
        return articles.similarTo(readable(caseNumber, caller));
    }

    @Operation(
            summary = "The customer's other cases, their last satisfaction answer, SLA breaches and goodwill "
                    + "granted so far")
    @GetMapping(path = "/api/cases/{caseNumber}/customer-history", produces = MediaType.APPLICATION_JSON_VALUE)
    CustomerHistory.Summary customerHistory(
            @Parameter(example = "ESC-2026-000001") @PathVariable String caseNumber, Authentication caller) {
        return customerHistory.of(readable(caseNumber, caller), partnerOf(caller));
    }

    @Operation(
            summary = "The suggestions a page shows the agent for an open case",
            description = "The similar cases' numbers (`kind` CASE) or the articles' ids (ARTICLE) as the "
                    + "desk lists them, recorded shown at the case's level, once; so that `opened` and "
                    + "`helped` count against them. A task form's panel records its own. 409 for a closed case.")
    @PostMapping(path = "/api/cases/{caseNumber}/suggestions/{kind}/shown", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void shown(
            @PathVariable String caseNumber,
            @PathVariable SuggestionKind kind,
            @RequestBody List<String> suggested,
            Authentication caller) {
        suggestions.shownNow(readable(caseNumber, caller).caseNumber(), kind, suggested, caller.getName());
    }

    @Operation(
            summary = "The evidence behind a push-down candidate: the cases of a category and trigger "
                    + "resolved at Tier 1, with their resolutions and notes")
    @GetMapping(path = "/api/knowledge/evidence", produces = MediaType.APPLICATION_JSON_VALUE)
    SimilarCases.Evidence evidence(
            @RequestParam(required = false) Category category, @RequestParam(required = false) Trigger trigger) {
        if (category == null) {
            throw new InvalidFieldException("category", "is required");
        }
        if (trigger == null) {
            throw new InvalidFieldException("trigger", "is required");
        }
        return similarCases.evidence(category, trigger);
    }

    /** The case, if the caller may read it: a partner's agent the cases their partner has. */
    private CaseRecord readable(String caseNumber, Authentication caller) {
        Optional<String> partner = partnerOf(caller);
        return records.find(caseNumber)
                .filter(found ->
                        partner.map(seenBy -> seenBy.equals(found.partner())).orElse(true))
                .orElseThrow(() -> new NotFoundException("No case " + caseNumber));
    }

    private Optional<String> partnerOf(Authentication caller) {
        return partners.of(Callers.of(caller).groups());
    }
}
