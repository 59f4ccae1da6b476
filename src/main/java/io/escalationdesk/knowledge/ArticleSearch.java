package io.escalationdesk.knowledge;

import io.escalationdesk.cases.Language;
import java.util.List;

/** Finds published articles by their words: the similarity index answers for the article list. */
public interface ArticleSearch {

    /** The ids of published articles that match the words, best first. */
    List<Long> publishedMatching(String words, Language language, int limit);
}
