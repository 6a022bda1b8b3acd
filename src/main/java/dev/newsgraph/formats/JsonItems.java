package dev.newsgraph.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsgraph.error.BadUserInputException;

import java.util.ArrayList;
import java.util.List;

/** JSON parsing for the JSON formats, with errors that name line and column; small field helpers. */
final class JsonItems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonItems() {
    }

    static JsonNode parse(String json, String format, int firstLine) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + (at.getLineNr() + firstLine - 1) + ", column " + at.getColumnNr();
            throw new BadUserInputException("Malformed " + format + where + ": " + e.getOriginalMessage());
        }
    }

    /** The first of these fields that holds a non-blank string (or number), else null. */
    static String text(JsonNode node, String... fields) {
        for (String f : fields) {
            JsonNode v = node.get(f);
            if (v != null && (v.isTextual() || v.isNumber()) && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }

    /** "name" of each object of an array field ("subject": [{"name": ...}]), or the strings of a string array. */
    static List<String> names(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        JsonNode array = node.get(field);
        if (array != null && array.isArray()) {
            for (JsonNode e : array) {
                String name = e.isTextual() ? e.asText() : text(e, "name", "literal");
                if (name != null && !name.isBlank()) {
                    out.add(name.strip());
                }
            }
        }
        return out;
    }

    static Integer integer(String s) {
        return s != null && s.matches("\\d{1,9}") ? Integer.valueOf(s) : null;
    }
}
