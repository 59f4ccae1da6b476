package io.escalationdesk.knowledge;

import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Trigger;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;

/**
 * The words of a text that say most about it, as a query: the text is analyzed as its language's
 * documents are (stemmed, stop words out), and its terms are ranked by how often they occur in it
 * times how rare they are in the index (tf·idf); the strongest {@value #MOST_TERMS} each add their
 * BM25 score to a document that has them. This is what MoreLikeThis does, kept here so the terms
 * a result matched can be named in the words the agent's case used.
 */
final class SignificantWords {

    static final int MOST_TERMS = 20;

    /**
     * The documents with most of the words that are ranked again by what else they share: far more
     * than are shown, so a shared category or trigger can lift one that has a few words less.
     */
    static final int RERANKED = 100;

    /** A shared category and trigger count like a rare word or two, never more than the words. */
    static final float SAME_CATEGORY = 2f;

    static final float SAME_TRIGGER = 1.5f;

    private final String field;
    private final Query query;
    /** Each term, by the first word of the text it came from. */
    private final Map<String, String> wordOfTerm;

    private SignificantWords(String field, Query query, Map<String, String> wordOfTerm) {
        this.field = field;
        this.query = query;
        this.wordOfTerm = wordOfTerm;
    }

    /** None when no word of the text occurs in the index: nothing is similar. */
    static Optional<SignificantWords> of(IndexSearcher searcher, String text, Language language) throws IOException {
        String field = SimilarityIndex.wordsField(language);
        Map<String, Integer> frequency = new LinkedHashMap<>();
        Map<String, String> wordOfTerm = new LinkedHashMap<>();
        try (TokenStream tokens = SimilarityIndex.ANALYZER.tokenStream(field, text == null ? "" : text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String stem = term.toString();
                frequency.merge(stem, 1, Integer::sum);
                wordOfTerm.putIfAbsent(
                        stem,
                        text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT));
            }
            tokens.end();
        }
        int documents = Math.max(searcher.getIndexReader().numDocs(), 1);
        Map<TermQuery, Double> weight = new LinkedHashMap<>();
        for (var counted : frequency.entrySet()) {
            Term term = new Term(field, counted.getKey());
            // looked up in every segment once: the query then scores with what was found here
            TermStates inSegments = TermStates.build(searcher, term, true);
            int documentFrequency = inSegments.docFreq();
            if (documentFrequency > 0) {
                double idf = Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
                weight.put(new TermQuery(term, inSegments), counted.getValue() * idf);
            }
        }
        if (weight.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        weight.entrySet().stream()
                .sorted(Map.Entry.<TermQuery, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(MOST_TERMS)
                .forEach(strongest -> words.add(strongest.getKey(), Occur.SHOULD));
        return Optional.of(new SignificantWords(field, words.build(), wordOfTerm));
    }

    /**
     * The {@code n} documents most like the text among those {@code restrictions} admit. First
     * the words alone, as the query's only scoring clause: so Lucene skips whatever cannot reach
     * the best {@value #RERANKED} (MaxScore, on each block's highest scores) instead of scoring
     * every document with one of the words. Then those again, a shared category and trigger and whatever {@code alsoCounting}
     * adds on top of their words' score.
     */
    ScoreDoc[] mostAlike(
            IndexSearcher searcher,
            List<BooleanClause> restrictions,
            Category category,
            Trigger trigger,
            List<Query> alsoCounting,
            int n)
            throws IOException {
        TopDocs candidates = searcher.search(byWords(restrictions), Math.max(n, RERANKED));
        BooleanQuery.Builder counting = new BooleanQuery.Builder()
                .add(boost(SimilarityIndex.CATEGORY, category.name(), SAME_CATEGORY), Occur.SHOULD)
                .add(boost(SimilarityIndex.TRIGGER, trigger.name(), SAME_TRIGGER), Occur.SHOULD);
        alsoCounting.forEach(also -> counting.add(also, Occur.SHOULD));
        return new QueryRescorer(counting.build()) {
            @Override
            protected float combine(float byWords, boolean counted, float countedScore) {
                return counted ? byWords + countedScore : byWords;
            }
        }.rescore(searcher, candidates, n).scoreDocs;
    }

    /** The documents with most of the words, by the words alone, among those {@code restrictions} admit. */
    ScoreDoc[] mostWords(IndexSearcher searcher, List<BooleanClause> restrictions, int n) throws IOException {
        return searcher.search(byWords(restrictions), n).scoreDocs;
    }

    private Query byWords(List<BooleanClause> restrictions) {
        BooleanQuery.Builder byWords = new BooleanQuery.Builder().add(query, Occur.MUST);
        restrictions.forEach(byWords::add);
        return byWords.build();
    }

    private static Query boost(String field, String value, float boost) {
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, value))), boost);
    }

    /** Names the words of the text that a document has too, in the text's order. */
    interface Matched {
        List<String> in(int doc) throws IOException;
    }

    /** For the documents of one search: the query's terms are looked up once, not per document. */
    Matched matchedIn(IndexSearcher searcher) throws IOException {
        Weight words = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        return doc -> {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            Matches matches = words.matches(leaf, doc - leaf.docBase);
            MatchesIterator iterator = matches == null ? null : matches.getMatches(field);
            Set<String> terms = new LinkedHashSet<>();
            while (iterator != null && iterator.next()) {
                if (iterator.getQuery() instanceof TermQuery term) {
                    terms.add(term.getTerm().text());
                }
            }
            return wordOfTerm.entrySet().stream()
                    .filter(word -> terms.contains(word.getKey()))
                    .map(Map.Entry::getValue)
                    .distinct()
                    .toList();
        };
    }
}
