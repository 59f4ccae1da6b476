package io.escalationdesk.knowledge;

import io.escalationdesk.cases.Category;
import io.escalationdesk.cases.Language;
import io.escalationdesk.cases.Trigger;
import io.escalationdesk.system.FieldError;
import io.escalationdesk.system.InvalidFieldException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What an editor writes of an article: plain text, never markup, with what it is about. */
public record ArticleDraft(String title, String body, Category category, Trigger trigger, Language language) {

    /** As long as {@code knowledge_article.title}. */
    public static final int TITLE_LENGTH = 200;

    /** As long as {@code knowledge_article.body}. */
    public static final int BODY_LENGTH = 8000;

    /**
     * The draft with its text trimmed.
     *
     * @throws InvalidFieldException naming every field that is missing or too long
     */
    public ArticleDraft checked() {
        List<FieldError> errors = new ArrayList<>();
        String checkedTitle = text("title", title, TITLE_LENGTH, errors);
        String checkedBody = text("body", body, BODY_LENGTH, errors);
        required("category", category, Category.class, errors);
        required("trigger", trigger, Trigger.class, errors);
        required("language", language, Language.class, errors);
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        return new ArticleDraft(checkedTitle, checkedBody, category, trigger, language);
    }

    private static String text(String field, String value, int length, List<FieldError> errors) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            errors.add(new FieldError(field, "must not be blank"));
        } else if (stripped.length() > length) {
            errors.add(new FieldError(field, "must be at most " + length + " characters"));
        }
        return stripped;
    }

    private static <E extends Enum<E>> void required(String field, E value, Class<E> type, List<FieldError> errors) {
        if (value == null) {
            List<String> allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            errors.add(new FieldError(field, "must be one of " + allowed, allowed));
        }
    }
}
