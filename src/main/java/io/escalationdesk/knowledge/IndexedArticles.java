package io.escalationdesk.knowledge;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.ScoreDoc;
import org.springframework.stereotype.Service;

/**
 * Published articles in the similarity index, found as similar cases are: by the strongest of the
 * words given, in their language's analysis. The index holds what an answer shows.
 */
@Service
public class IndexedArticles implements ArticleSearch {

    /** The articles suggested for a case. */
    public static final int SUGGESTED = 5;

    /** A published article as the index holds it. Plain text, never markup. */
    public record SuggestedArticle(long id, String title, String body, Category category, Trigger trigger) {}

    private final SimilarityIndex index;

    IndexedArticles(SimilarityIndex index) {
        this.index = index;
    }

    @Override
    public List<Long> publishedMatching(String words, Language language, int limit) {
        return search(words, language, Optional.empty(), limit).stream()
                .map(SuggestedArticle::id)
                .toList();
    }

    /** The published articles like the case: its words, then its category and trigger. */
    public List<SuggestedArticle> similarTo(CaseRecord open) {
        return search(open.description(), open.language(), Optional.of(open), SUGGESTED);
    }

    private List<SuggestedArticle> search(String words, Language language, Optional<CaseRecord> like, int limit) {
        return index.search(searcher -> {
            Optional<SignificantWords> significant = SignificantWords.of(searcher, words, language);
            if (significant.isEmpty()) {
                return List.of();
            }
            List<BooleanClause> articles = List.of(
                    new BooleanClause(SimilarCases.term(SimilarityIndex.TYPE, SimilarityIndex.ARTICLE), Occur.FILTER));
            ScoreDoc[] hits = like.isPresent()
                    ? significant
                            .get()
                            .mostAlike(
                                    searcher,
                                    articles,
                                    like.get().category(),
                                    like.get().trigger(),
                                    List.of(),
                                    limit)
                    : significant.get().mostWords(searcher, articles, limit);
            List<SuggestedArticle> found = new ArrayList<>();
            for (ScoreDoc hit : hits) {
                Document stored = searcher.storedFields().document(hit.doc);
                found.add(new SuggestedArticle(
                        stored.getField(SimilarityIndex.ARTICLE_ID)
                                .numericValue()
                                .longValue(),
                        stored.get(SimilarityIndex.TITLE),
                        stored.get(SimilarityIndex.BODY),
                        Category.valueOf(stored.get(SimilarityIndex.CATEGORY)),
                        Trigger.valueOf(stored.get(SimilarityIndex.TRIGGER))));
            }
            return found;
        });
    }
}
