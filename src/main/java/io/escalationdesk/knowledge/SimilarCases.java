package io.escalationdesk.knowledge;

import io.escalationdesk.cases.CaseRecord;
import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.escalation.Level;
import io.escalationdesk.escalation.ResolutionCode;
import io.escalationdesk.system.Labels;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.springframework.stereotype.Service;

/**
 * The resolved cases most like an open one, from this node's {@link SimilarityIndex}: BM25 on the
 * strongest words of its description ({@link SignificantWords}), a little more for the same
 * category and trigger, and a little more the more recently it was resolved. Everything an answer
 * shows comes from the index: no case is read from the database.
 */
@Service
public class SimilarCases {

    /** The similar cases an agent is shown. */
    public static final int SHOWN = 5;

    /** The similar cases the Tier 1 hint counts. */
    static final int HINT_SAMPLE = 20;

    /** Tier 1 resolutions listed as evidence for a category and trigger, newest first. */
    static final int EVIDENCE_LISTED = 50;

    /**
     * A case resolved now adds {@value #RECENCY} to the score, one resolved this long ago half of
     * that: how cases are resolved changes with products and policy.
     */
    static final float RECENCY = 1f;

    static final Duration RECENCY_HALVED_AFTER = Duration.ofDays(90);

    /** The similar cases and the hint they give. */
    public record Found(List<SimilarCase> cases, TierOneHint tierOneHint) {}

    /**
     * The resolved cases of a category and trigger: the push-down candidates' evidence.
     *
     * @param resolved every resolved case of the category and trigger
     * @param atTierOne the newest of them resolved at Tier 1
     */
    public record Evidence(
            Category category, Trigger trigger, long resolved, List<SimilarCase> atTierOne, TierOneHint tierOneHint) {}

    private final SimilarityIndex index;
    private final Labels labels;
    private final Clock clock;

    SimilarCases(SimilarityIndex index, Labels labels, Clock clock) {
        this.index = index;
        this.labels = labels;
        this.clock = clock;
    }

    /**
     * @param partner the partner whose agent asks: they see the cases their partner resolved, and
     *     no other; none for the call center's own people
     */
    public Found similarTo(CaseRecord open, Optional<String> partner) {
        return index.search(searcher -> {
            Optional<SignificantWords> words = SignificantWords.of(searcher, open.description(), open.language());
            if (words.isEmpty()) {
                return new Found(List.of(), null);
            }
            List<BooleanClause> restrictions = new ArrayList<>(List.of(
                    // MUST_NOT, not FILTER on cases: a few articles to skip, not a million cases to walk
                    new BooleanClause(term(SimilarityIndex.TYPE, SimilarityIndex.ARTICLE), Occur.MUST_NOT),
                    new BooleanClause(
                            term(SimilarityIndex.ID, SimilarityIndex.CASE + ":" + open.caseNumber()), Occur.MUST_NOT)));
            partner.ifPresent(
                    seenBy -> restrictions.add(new BooleanClause(term(SimilarityIndex.PARTNER, seenBy), Occur.FILTER)));
            ScoreDoc[] hits = words.get()
                    .mostAlike(
                            searcher,
                            restrictions,
                            open.category(),
                            open.trigger(),
                            List.of(LongPoint.newDistanceFeatureQuery(
                                    SimilarityIndex.CLOSED, RECENCY, clock.millis(), RECENCY_HALVED_AFTER.toMillis())),
                            HINT_SAMPLE);
            SignificantWords.Matched matched = words.get().matchedIn(searcher);
            StoredFields stored = searcher.storedFields();
            List<SimilarCase> similar = new ArrayList<>();
            for (int i = 0; i < hits.length; i++) {
                similar.add(similarCase(stored, hits[i].doc, i < SHOWN ? matched.in(hits[i].doc) : List.of()));
            }
            Map<ResolutionCode, Integer> atTierOne = new EnumMap<>(ResolutionCode.class);
            similar.stream()
                    .filter(found -> found.resolvedAt() == Level.TIER1)
                    .forEach(found -> atTierOne.merge(found.resolution(), 1, Integer::sum));
            return new Found(
                    List.copyOf(similar.subList(0, Math.min(SHOWN, similar.size()))),
                    TierOneHint.of(similar.size(), atTierOne, labels).orElse(null));
        });
    }

    public Evidence evidence(Category category, Trigger trigger) {
        return index.search(searcher -> {
            Query ofKind = new BooleanQuery.Builder()
                    .add(term(SimilarityIndex.TYPE, SimilarityIndex.CASE), Occur.FILTER)
                    .add(term(SimilarityIndex.CATEGORY, category.name()), Occur.FILTER)
                    .add(term(SimilarityIndex.TRIGGER, trigger.name()), Occur.FILTER)
                    .build();
            Query atTierOne = new BooleanQuery.Builder()
                    .add(ofKind, Occur.FILTER)
                    .add(term(SimilarityIndex.LEVEL, Level.TIER1.name()), Occur.FILTER)
                    .build();
            int resolved = searcher.count(ofKind);
            Map<ResolutionCode, Integer> byResolution = new EnumMap<>(ResolutionCode.class);
            for (ResolutionCode resolution : ResolutionCode.values()) {
                byResolution.put(
                        resolution,
                        searcher.count(new BooleanQuery.Builder()
                                .add(atTierOne, Occur.FILTER)
                                .add(term(SimilarityIndex.RESOLUTION, resolution.name()), Occur.FILTER)
                                .build()));
            }
            StoredFields stored = searcher.storedFields();
            List<SimilarCase> listed = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(
                            atTierOne,
                            EVIDENCE_LISTED,
                            new Sort(new SortField(SimilarityIndex.CLOSED, SortField.Type.LONG, true)))
                    .scoreDocs) {
                listed.add(similarCase(stored, hit.doc, List.of()));
            }
            return new Evidence(
                    category,
                    trigger,
                    resolved,
                    listed,
                    TierOneHint.of(resolved, byResolution, labels).orElse(null));
        });
    }

    private SimilarCase similarCase(StoredFields fields, int doc, List<String> matchedWords) throws IOException {
        Document stored = fields.document(doc);
        ResolutionCode resolution = ResolutionCode.valueOf(stored.get(SimilarityIndex.RESOLUTION));
        return new SimilarCase(
                stored.get(SimilarityIndex.NUMBER),
                Level.valueOf(stored.get(SimilarityIndex.LEVEL)),
                resolution,
                labels.of(resolution),
                stored.get(SimilarityIndex.NOTE),
                stored.getField(SimilarityIndex.ELAPSED_SECONDS).numericValue().longValue(),
                stored.getField(SimilarityIndex.BUSINESS_SECONDS).numericValue().longValue(),
                Instant.ofEpochMilli(
                        stored.getField(SimilarityIndex.CLOSED).numericValue().longValue()),
                Category.valueOf(stored.get(SimilarityIndex.CATEGORY)),
                Trigger.valueOf(stored.get(SimilarityIndex.TRIGGER)),
                matchedWords);
    }

    static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
