package org.evident.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evident.model.Json;

/**
 * One article's annotated shooting from a casualty-count corpus (one JSON object a line: {@code id}, {@code killed},
 * {@code injured}, {@code city}): how many victims were killed and injured, and the city, or null when not given.
 */
public record CountGold(String id, int killed, int injured, String city) {

    /** Every line of a gold file; a line without an id or a whole count is an error naming the file and line. */
    public static List<CountGold> read(Path file) throws IOException {
        List<CountGold> golds = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            golds.add(parse(file + ":" + (i + 1), lines.get(i)));
        }
        return golds;
    }

    static CountGold parse(String origin, String line) throws IOException {
        JsonNode node;
        try {
            node = Json.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw new IOException(origin + ": invalid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.path("id").isTextual() || !node.path("killed").isInt()
                || !node.path("injured").isInt()) {
            throw new IOException(origin + ": needs a text \"id\" and whole numbers \"killed\" and \"injured\"");
        }
        JsonNode city = node.path("city");
        return new CountGold(node.get("id").asText(), node.get("killed").asInt(), node.get("injured").asInt(),
                city.isTextual() && !city.asText().isBlank() ? city.asText() : null);
    }
}
