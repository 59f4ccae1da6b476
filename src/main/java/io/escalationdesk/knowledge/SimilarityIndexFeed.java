package io.escalationdesk.knowledge;

import io.escalationdesk.cases.Language;
import io.escalationdesk.knowledge.SimilarityIndex.Watermarks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fills this node's {@link SimilarityIndex} from the shared database by polling: the cases
 * resolved since its watermark (less the overlap) and the articles changed since theirs, in
 * batches, each batch committed with its watermark. Every node polls for itself, so each node's
 * index follows every node's resolutions; an empty index reads everything again.
 */
@Component
class SimilarityIndexFeed {

    static final int BATCH = 2_000;

    // the partner whose queue held the stay that resolved the case: its agents see the case
    private static final String RESOLVED_CASES = """
        select f.case_number, f.closed_at, f.resolved_level, f.resolution_code,
               f.resolve_elapsed_seconds, f.resolve_business_seconds, e.category,
               e.escalation_trigger, e.description, e.language, e.resolution_note,
               (select v.partner from case_level_visit v where v.case_number = f.case_number
                 and v.left_event = 'RESOLVED') as resolved_by_partner
        from case_fact f join escalation_case e on e.case_number = f.case_number
        where f.closed_event = 'RESOLVED' and f.closed_at >= :at
          and (f.closed_at > :at or f.case_number > :caseNumber)
        order by f.closed_at, f.case_number
        limit\s""" + BATCH;

    private static final String CHANGED_ARTICLES = """
        select id, title, body, category, escalation_trigger, language, status, updated_at, published_at
        from knowledge_article where updated_at > :since or published_at > :since""";

    private final SimilarityIndex index;
    private final JdbcClient jdbc;
    private final KnowledgeProperties properties;

    /**
     * What was indexed within the overlap, by document id, with its closing or change: read again
     * by the next polls, it is not written again.
     */
    private final Map<String, Instant> recentlyIndexed = new HashMap<>();

    SimilarityIndexFeed(SimilarityIndex index, JdbcClient jdbc, KnowledgeProperties properties) {
        this.index = index;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${escalation.knowledge.poll-every:PT5S}")
    synchronized void catchUp() {
        Watermarks readUpTo = index.readUpTo();
        Instant casesFrom = readUpTo.cases().minus(properties.overlap());
        Instant articlesFrom = readUpTo.articles().minus(properties.overlap());
        recentlyIndexed.values().removeIf(at -> at.isBefore(casesFrom) && at.isBefore(articlesFrom));
        Instant from = casesFrom;
        String after = "";
        List<ResolvedCase> batch;
        do {
            batch = jdbc.sql(RESOLVED_CASES)
                    .param("at", Timestamp.from(from))
                    .param("caseNumber", after)
                    .query(SimilarityIndexFeed::resolvedCase)
                    .list();
            if (batch.isEmpty()) {
                break;
            }
            List<Document> documents = batch.stream()
                    .filter(resolved -> !resolved.closedAt().equals(recentlyIndexed.get(resolved.id())))
                    .map(ResolvedCase::document)
                    .toList();
            ResolvedCase last = batch.get(batch.size() - 1);
            readUpTo = new Watermarks(later(readUpTo.cases(), last.closedAt()), readUpTo.articles());
            if (!documents.isEmpty()) {
                index.write(documents, List.of(), readUpTo);
            }
            batch.forEach(resolved -> recentlyIndexed.put(resolved.id(), resolved.closedAt()));
            from = last.closedAt();
            after = last.caseNumber();
        } while (batch.size() == BATCH);
        catchUpArticles(readUpTo, articlesFrom);
    }

    /** Published articles in, the others (back to draft) out; few enough to read in one go. */
    private void catchUpArticles(Watermarks readUpTo, Instant from) {
        List<ChangedArticle> changed = jdbc
                .sql(CHANGED_ARTICLES)
                .param("since", Timestamp.from(from))
                .query(SimilarityIndexFeed::changedArticle)
                .list()
                .stream()
                .filter(article -> !article.changedAt().equals(recentlyIndexed.get(article.id())))
                .toList();
        if (changed.isEmpty()) {
            return;
        }
        Instant changedUpTo =
                changed.stream().map(ChangedArticle::changedAt).reduce(readUpTo.articles(), SimilarityIndexFeed::later);
        index.write(
                changed.stream()
                        .filter(ChangedArticle::published)
                        .map(ChangedArticle::document)
                        .toList(),
                changed.stream()
                        .filter(article -> !article.published())
                        .map(ChangedArticle::id)
                        .toList(),
                new Watermarks(readUpTo.cases(), changedUpTo));
        changed.forEach(article -> recentlyIndexed.put(article.id(), article.changedAt()));
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    private record ResolvedCase(
            String caseNumber,
            Instant closedAt,
            String level,
            String resolution,
            long elapsedSeconds,
            long businessSeconds,
            String category,
            String trigger,
            String description,
            Language language,
            String note,
            String partner) {

        String id() {
            return SimilarityIndex.CASE + ":" + caseNumber;
        }

        Document document() {
            Document document = new Document();
            document.add(new StringField(SimilarityIndex.ID, id(), Field.Store.YES));
            document.add(new StringField(SimilarityIndex.TYPE, SimilarityIndex.CASE, Field.Store.NO));
            document.add(new StoredField(SimilarityIndex.NUMBER, caseNumber));
            document.add(new StringField(SimilarityIndex.LANGUAGE, language.name(), Field.Store.NO));
            document.add(new TextField(SimilarityIndex.wordsField(language), description, Field.Store.NO));
            document.add(new StringField(SimilarityIndex.CATEGORY, category, Field.Store.YES));
            document.add(new StringField(SimilarityIndex.TRIGGER, trigger, Field.Store.YES));
            document.add(new StringField(SimilarityIndex.LEVEL, level, Field.Store.YES));
            document.add(new StringField(SimilarityIndex.RESOLUTION, resolution, Field.Store.YES));
            if (partner != null) {
                document.add(new StringField(SimilarityIndex.PARTNER, partner, Field.Store.NO));
            }
            if (note != null) {
                document.add(new StoredField(SimilarityIndex.NOTE, note));
            }
            long closed = closedAt.toEpochMilli();
            document.add(new LongPoint(SimilarityIndex.CLOSED, closed));
            document.add(new NumericDocValuesField(SimilarityIndex.CLOSED, closed));
            document.add(new StoredField(SimilarityIndex.CLOSED, closed));
            document.add(new StoredField(SimilarityIndex.ELAPSED_SECONDS, elapsedSeconds));
            document.add(new StoredField(SimilarityIndex.BUSINESS_SECONDS, businessSeconds));
            return document;
        }
    }

    private static ResolvedCase resolvedCase(ResultSet row, int n) throws SQLException {
        return new ResolvedCase(
                row.getString("case_number"),
                row.getTimestamp("closed_at").toInstant(),
                row.getString("resolved_level"),
                row.getString("resolution_code"),
                row.getLong("resolve_elapsed_seconds"),
                row.getLong("resolve_business_seconds"),
                row.getString("category"),
                row.getString("escalation_trigger"),
                row.getString("description"),
                Language.valueOf(row.getString("language")),
                row.getString("resolution_note"),
                row.getString("resolved_by_partner"));
    }

    private record ChangedArticle(
            long articleId,
            String title,
            String body,
            String category,
            String trigger,
            Language language,
            boolean published,
            Instant changedAt) {

        String id() {
            return SimilarityIndex.ARTICLE + ":" + articleId;
        }

        Document document() {
            Document document = new Document();
            document.add(new StringField(SimilarityIndex.ID, id(), Field.Store.YES));
            document.add(new StringField(SimilarityIndex.TYPE, SimilarityIndex.ARTICLE, Field.Store.NO));
            document.add(new StoredField(SimilarityIndex.ARTICLE_ID, articleId));
            document.add(new StoredField(SimilarityIndex.TITLE, title));
            document.add(new StoredField(SimilarityIndex.BODY, body));
            document.add(new StringField(SimilarityIndex.LANGUAGE, language.name(), Field.Store.NO));
            document.add(new TextField(SimilarityIndex.wordsField(language), title + "\n" + body, Field.Store.NO));
            document.add(new StringField(SimilarityIndex.CATEGORY, category, Field.Store.YES));
            document.add(new StringField(SimilarityIndex.TRIGGER, trigger, Field.Store.YES));
            return document;
        }
    }

    private static ChangedArticle changedArticle(ResultSet row, int n) throws SQLException {
        Timestamp publishedAt = row.getTimestamp("published_at");
        Instant updatedAt = row.getTimestamp("updated_at").toInstant();
        return new ChangedArticle(
                row.getLong("id"),
                row.getString("title"),
                row.getString("body"),
                row.getString("category"),
                row.getString("escalation_trigger"),
                Language.valueOf(row.getString("language")),
                "PUBLISHED".equals(row.getString("status")),
                publishedAt == null ? updatedAt : later(updatedAt, publishedAt.toInstant()));
    }
}
