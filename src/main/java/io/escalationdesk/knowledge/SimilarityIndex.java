package io.escalationdesk.knowledge;

import io.escalationdesk.cases.Language;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * This node's Lucene index of resolved cases and published articles, on the file system. It
 * remembers in its commits how far it has read the database (its {@link Watermarks}), so a restart
 * goes on from there; an index that is missing or cannot be read is started anew and filled again
 * from the database by {@link SimilarityIndexFeed}.
 */
@Component
class SimilarityIndex {

    private static final Logger log = LoggerFactory.getLogger(SimilarityIndex.class);

    static final String ID = "id";
    static final String TYPE = "type";
    static final String CASE = "case";
    static final String ARTICLE = "article";
    static final String CATEGORY = "category";
    static final String TRIGGER = "trigger";
    static final String LEVEL = "level";
    static final String RESOLUTION = "resolution";
    static final String PARTNER = "partner";
    static final String CLOSED = "closed";
    static final String LANGUAGE = "language";
    // stored only: what the answers show
    static final String NUMBER = "number";
    static final String NOTE = "note";
    static final String ELAPSED_SECONDS = "elapsedSeconds";
    static final String BUSINESS_SECONDS = "businessSeconds";
    static final String ARTICLE_ID = "articleId";
    static final String TITLE = "title";
    static final String BODY = "body";

    private static final String CASES_READ_UP_TO = "casesReadUpTo";
    private static final String ARTICLES_READ_UP_TO = "articlesReadUpTo";

    /** How far the index has read the database: the last closing and article change it holds. */
    record Watermarks(Instant cases, Instant articles) {}

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    SimilarityIndex(KnowledgeProperties properties) throws IOException {
        this.path = properties.indexDirectory();
        Files.createDirectories(path);
        this.directory = FSDirectory.open(path);
        this.writer = openOrStartAnew();
        this.searchers = new SearcherManager(writer, null);
    }

    /** The words of a description in a language: each language has its field and its stemming. */
    static String wordsField(Language language) {
        return "words_" + language.name();
    }

    static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(
            new StandardAnalyzer(),
            Map.of(wordsField(Language.EN), new EnglishAnalyzer(), wordsField(Language.DE), new GermanAnalyzer()));

    private IndexWriter openOrStartAnew() throws IOException {
        try {
            return new IndexWriter(directory, config());
        } catch (LockObtainFailedException another) {
            // another process writes it: never start anew what someone else keeps
            throw another;
        } catch (IOException | RuntimeException unreadable) {
            log.warn("The similarity index in {} cannot be read; it is built anew from the database", path, unreadable);
            for (String file : directory.listAll()) {
                directory.deleteFile(file);
            }
            return new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
        }
    }

    private static IndexWriterConfig config() {
        return new IndexWriterConfig(ANALYZER).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    }

    Watermarks readUpTo() {
        return readUpTo(writer);
    }

    private static Watermarks readUpTo(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> committed = writer.getLiveCommitData();
        if (committed != null) {
            committed.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        return new Watermarks(instant(data.get(CASES_READ_UP_TO)), instant(data.get(ARTICLES_READ_UP_TO)));
    }

    private static Instant instant(String stored) {
        return stored == null ? Instant.EPOCH : Instant.parse(stored);
    }

    /**
     * Documents put in by their {@link #ID} (replacing what was there), others taken out, and
     * the new watermarks, in one commit: a crash keeps all of it or none.
     */
    synchronized void write(List<Document> upserts, List<String> removedIds, Watermarks readUpTo) {
        try {
            for (Document document : upserts) {
                writer.updateDocument(new Term(ID, document.get(ID)), document);
            }
            for (String id : removedIds) {
                writer.deleteDocuments(new Term(ID, id));
            }
            writer.setLiveCommitData(Map.of(
                            CASES_READ_UP_TO, readUpTo.cases().toString(),
                            ARTICLES_READ_UP_TO, readUpTo.articles().toString())
                    .entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface Search<T> {
        T in(IndexSearcher searcher) throws IOException;
    }

    <T> T search(Search<T> search) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.in(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
