package dev.newsgraph.http;

import graphql.language.Document;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Documents that parsed and passed validation, by their text: clients send the same few documents again and again,
 * and parsing and validating one costs more than running many a query. Bounded, least recently used out first.
 */
final class ValidDocuments {
    private static final int MAX_DOCUMENTS = 1000;
    private static final int MAX_DOCUMENT_LENGTH = 20_000;

    private final Map<String, Document> documents = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Document> eldest) {
            return size() > MAX_DOCUMENTS;
        }
    };

    synchronized Document get(String text) {
        return documents.get(text);
    }

    synchronized void put(String text, Document document) {
        if (text.length() <= MAX_DOCUMENT_LENGTH) {
            documents.put(text, document);
        }
    }
}
