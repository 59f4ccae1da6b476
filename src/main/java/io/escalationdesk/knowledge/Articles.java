package io.escalationdesk.knowledge;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.CaseRecords;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.feedback.ArticleDrafts;
import io.escalationdesk.feedback.Lesson;
import io.escalationdesk.system.ConflictException;
import io.escalationdesk.system.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Knowledge articles: drafted from lessons adopted as "knowledge article" or written by hand,
 * edited and published by supervisors and process owners, read by every agent. Their text is
 * plain text; the pages show it as such.
 */
@Service
public class Articles implements ArticleDrafts {

    /** The most a list shows. */
    public static final int LIST_LIMIT = 50;

    private static final String COLUMNS = """
      id, title, body, category, escalation_trigger, language, status, lesson_id, created_at,
      created_by, updated_at, updated_by, published_at""";

    private final JdbcClient jdbc;
    private final CaseRecords records;
    private final ObjectProvider<ArticleSearch> search;
    private final Clock clock;

    /**
     * @param search the similarity index over published articles; while none is configured, the
     *     published ones are found by their words as drafts are
     */
    Articles(JdbcClient jdbc, CaseRecords records, ObjectProvider<ArticleSearch> search, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.search = search;
        this.clock = clock;
    }

    /** The lesson's first line is the draft's title, its text the body; the case gives its language. */
    @Override
    public void draftFrom(Lesson lesson, String actor) {
        Language language =
                records.find(lesson.caseNumber()).map(CaseRecord::language).orElseThrow();
        insert(
                new ArticleDraft(
                                titleOf(lesson.lesson()),
                                lesson.lesson(),
                                lesson.category(),
                                lesson.trigger(),
                                language)
                        .checked(),
                lesson.id(),
                actor);
    }

    /**
     * A draft written by hand.
     *
     * @throws io.escalationdesk.system.InvalidFieldException naming every field missing or too long
     */
    public Article create(ArticleDraft draft, String actor) {
        return find(insert(draft.checked(), null, actor)).orElseThrow();
    }

    /**
     * Replaces what an editor writes of a draft or a published article; a published one stays
     * published.
     *
     * @throws NotFoundException for an article we do not have
     */
    @Transactional
    public Article edit(long id, ArticleDraft draft, String actor) {
        ArticleDraft checked = draft.checked();
        int edited = jdbc.sql("""
            update knowledge_article
            set title = ?, body = ?, category = ?, escalation_trigger = ?, language = ?,
              updated_at = ?, updated_by = ?
            where id = ?""")
                .params(
                        checked.title(),
                        checked.body(),
                        checked.category().name(),
                        checked.trigger().name(),
                        checked.language().name(),
                        Timestamp.from(clock.instant()),
                        actor,
                        id)
                .update();
        if (edited == 0) {
            throw notFound(id);
        }
        return find(id).orElseThrow();
    }

    /**
     * Publishes a draft: every agent reads it from now on, and the similarity index suggests it.
     *
     * @throws NotFoundException for an article we do not have
     * @throws ConflictException for one published already
     */
    @Transactional
    public Article publish(long id, String actor) {
        Article article = find(id).orElseThrow(() -> notFound(id));
        Timestamp now = Timestamp.from(clock.instant());
        int published = jdbc.sql("""
            update knowledge_article set status = 'PUBLISHED', published_at = ?, updated_at = ?, updated_by = ?
            where id = ? and status = 'DRAFT'""").params(now, now, actor, id).update();
        if (published == 0) {
            throw new ConflictException("Article " + article.id() + " is published already");
        }
        return find(id).orElseThrow();
    }

    public Optional<Article> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from knowledge_article where id = ?")
                .param(id)
                .query(Articles::article)
                .optional();
    }

    /**
     * The articles of a status (any, when none is given) and language, those matching the words
     * first when words are given, otherwise the last edited first. Published articles are found by
     * the similarity index; drafts, which it does not hold, by every word in title or body.
     */
    public List<Article> find(String words, ArticleStatus status, Language language) {
        if (words == null || words.isBlank()) {
            return where(status, language, List.of());
        }
        ArticleSearch index = search.getIfAvailable();
        if (status == ArticleStatus.PUBLISHED && index != null) {
            return publishedMatching(index, words, language);
        }
        return where(
                status, language, List.of(words.strip().toLowerCase(Locale.ROOT).split("\\s+")));
    }

    /** The index's best first, in each language when none is given; those unpublished since left out. */
    private List<Article> publishedMatching(ArticleSearch index, String words, Language language) {
        List<Long> ids = new ArrayList<>();
        for (Language each : language == null ? Arrays.asList(Language.values()) : List.of(language)) {
            ids.addAll(index.publishedMatching(words, each, LIST_LIMIT));
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> byId = jdbc
                .sql("select " + COLUMNS + " from knowledge_article where status = 'PUBLISHED' and id in (:ids)")
                .param("ids", ids)
                .query(Articles::article)
                .list()
                .stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));
        return ids.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .limit(LIST_LIMIT)
                .toList();
    }

    /** The articles with every word in title or body, case aside, the last edited first. */
    private List<Article> where(ArticleStatus status, Language language, List<String> words) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from knowledge_article where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            sql.append(" and status = :status");
            params.put("status", status.name());
        }
        if (language != null) {
            sql.append(" and language = :language");
            params.put("language", language.name());
        }
        for (int i = 0; i < words.size(); i++) {
            sql.append(" and (lower(title) like :word%1$d escape '\\' or lower(body) like :word%1$d escape '\\')"
                    .formatted(i));
            params.put("word" + i, "%" + words.get(i).replaceAll("([\\\\%_])", "\\\\$1") + "%");
        }
        return jdbc.sql(sql + " order by updated_at desc, id desc limit " + LIST_LIMIT)
                .params(params)
                .query(Articles::article)
                .list();
    }

    private long insert(ArticleDraft draft, Long lessonId, String actor) {
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
            insert into knowledge_article (title, body, category, escalation_trigger, language, lesson_id,
              created_at, created_by, updated_at, updated_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        draft.title(),
                        draft.body(),
                        draft.category().name(),
                        draft.trigger().name(),
                        draft.language().name(),
                        lessonId,
                        now,
                        actor,
                        now,
                        actor)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The lesson's first line, shortened at a word to fit a title. */
    static String titleOf(String lesson) {
        String firstLine = lesson.strip().lines().findFirst().orElse("").strip();
        if (firstLine.length() <= ArticleDraft.TITLE_LENGTH) {
            return firstLine;
        }
        String cut = firstLine.substring(0, ArticleDraft.TITLE_LENGTH - 1);
        int lastSpace = cut.lastIndexOf(' ');
        return (lastSpace > 0 ? cut.substring(0, lastSpace) : cut) + "…";
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("No article " + id);
    }

    private static Article article(ResultSet row, int number) throws SQLException {
        Timestamp publishedAt = row.getTimestamp("published_at");
        return new Article(
                row.getLong("id"),
                row.getString("title"),
                row.getString("body"),
                Category.valueOf(row.getString("category")),
                Trigger.valueOf(row.getString("escalation_trigger")),
                Language.valueOf(row.getString("language")),
                ArticleStatus.valueOf(row.getString("status")),
                row.getObject("lesson_id", Long.class),
                row.getTimestamp("created_at").toInstant(),
                row.getString("created_by"),
                row.getTimestamp("updated_at").toInstant(),
                row.getString("updated_by"),
                publishedAt == null ? null : publishedAt.toInstant());
    }
}
