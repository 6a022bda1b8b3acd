package dev.newsgraph.graphql.compiled;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

class RawJsonTest {

    @Test
    void blanksBetweenTokensGoBlanksInStringsStay() {
        String postgres = "{\"a\" : 1, \"b\" : [1, \n 2], \"c\" : {\"d\" : \"x \\\" y , z\\\\\"}, \"e\" : \"tab\\tand space\"}";
        assertEquals("{\"a\":1,\"b\":[1,2],\"c\":{\"d\":\"x \\\" y , z\\\\\"},\"e\":\"tab\\tand space\"}",
                RawJson.compacted(postgres).toString());
    }

    @Test
    void theJsonWriterWritesItVerbatimInsideAnObject() {
        String written = Json.createObjectBuilder().add("data", RawJson.compacted("{\"a\" : [1, 2]}")).build().toString();
        assertEquals("{\"data\":{\"a\":[1,2]}}", written);
    }
}
