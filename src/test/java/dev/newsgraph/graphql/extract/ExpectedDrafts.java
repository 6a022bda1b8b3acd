package dev.newsgraph.graphql.extract;

import dev.newsgraph.draft.ArticleInput;
import dev.newsgraph.extract.ArticleExtractor;
import dev.newsgraph.formats.FeedFormats;
import dev.newsgraph.formats.InputFormat;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What {@code extract(text:)} answers, computed in the test's own JVM: the drafts of {@link ExtractApi} from the same
 * extractor and format detection as {@code ingest/WireText}, as the JSON values GraphQL writes (enums and dates as
 * strings, numbers as numbers: a JSON reader gives Integer and Double back). A packaged build whose answers differ reads other resources or runs other code than the JVM does.
 */
public final class ExpectedDrafts {
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final FeedFormats formats = new FeedFormats();

    /** The drafts of the text as JSON values: a list of maps of the drafts' fields. */
    public List<Object> of(String text) {
        InputFormat format = FeedFormats.detect(text);
        List<ArticleInput> articles = format == InputFormat.TEXT ? extractor.extract(text, null)
                : extractor.extractArticles(formats.articles(text, format), null);
        return articles.stream().map(article -> json(ArticleDraft.of(article))).toList();
    }

    /** The selection set of every field of {@link ArticleDraft}, nested drafts included. */
    public static String selection() {
        return selection(ArticleDraft.class);
    }

    private static String selection(Class<?> draft) {
        StringJoiner fields = new StringJoiner(" ", "{ ", " }");
        for (RecordComponent field : draft.getRecordComponents()) {
            Class<?> type = elementType(field.getGenericType());
            fields.add(type.isRecord() ? field.getName() + " " + selection(type) : field.getName());
        }
        return fields.toString();
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType list) {
            return elementType(list.getActualTypeArguments()[0]);
        }
        return (Class<?>) type;
    }

    private static Object json(Object value) {
        if (value == null || value instanceof Boolean || value instanceof Number || value instanceof String) {
            return value;
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>();
            list.forEach(item -> items.add(json(item)));
            return items;
        }
        if (value.getClass().isRecord()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (RecordComponent field : value.getClass().getRecordComponents()) {
                try {
                    fields.put(field.getName(), json(field.getAccessor().invoke(value)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return fields;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString(); // LocalDate as ISO-8601, as GraphQL's Date
    }
}
