package org.evident.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Readers of the sentence-level test sets: CASE 2021 task 2 snippets and the PLOVER gold-standard records. */
public final class LabelledTexts {

    static final String CASE_HEADER = "id\tEventSnippet\tSubType";

    /** The GSR file is JSON with trailing commas after the last member of objects and arrays. */
    private static final ObjectMapper RELAXED = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();

    private LabelledTexts() {}

    /**
     * The snippets of a CASE 2021 task 2 file: a header {@code id<TAB>EventSnippet<TAB>SubType}, then one snippet
     * a line.
     *
     * @throws IOException naming the file and line of a row that is not three tab-separated cells
     */
    public static List<LabelledText> readCase(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().equals(CASE_HEADER)) {
            throw new IOException(file + ":1: not a CASE task 2 file: expected the header "
                    + CASE_HEADER.replace("\t", "<TAB>"));
        }
        List<LabelledText> texts = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 3 || cells[0].isBlank() || cells[1].isBlank() || cells[2].isBlank()) {
                throw new IOException(file + ":" + (i + 1) + ": expected id, snippet and sub-type, tab-separated, found "
                        + cells.length + " cells");
            }
            String id = cells[0].strip();
            texts.add(new LabelledText(file.getFileName() + ":" + id, id, cells[1].strip(), cells[2].strip()));
        }
        return texts;
    }

    /**
     * The sentences of a PLOVER gold-standard record file: a JSON array of records with {@code id}, {@code event}
     * and {@code text}, and their {@code source} and {@code target} actors (arrays of {@code actorText}, {@code code},
     * {@code sector}; an empty string where there is none). The documentation record (event DOCUMENT, no text) is
     * left out.
     *
     * @throws IOException naming the file and the record that lacks an event
     */
    public static List<LabelledText> readPloverGsr(Path file) throws IOException {
        JsonNode root;
        try {
            root = RELAXED.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": not a PLOVER gold-standard file: " + e.getMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IOException(file + ": not a PLOVER gold-standard file: expected a JSON array of records");
        }
        List<LabelledText> texts = new ArrayList<>();
        int index = 0;
        for (JsonNode record : root) {
            index++;
            String id = record.path("id").asText("record " + index);
            String event = record.path("event").asText("");
            String text = record.path("text").asText("");
            if (event.equals("DOCUMENT")) {
                continue;
            }
            if (event.isBlank() || text.isBlank()) {
                throw new IOException(file + ": " + id + ": record has no " + (event.isBlank() ? "event" : "text"));
            }
            texts.add(new LabelledText(file.getFileName() + ":" + id, id, text.strip(), event.strip(),
                    goldParties(record)));
        }
        return texts;
    }

    /** The source and target actors of a gold record that carry a country code, sources first. */
    private static List<GoldParty> goldParties(JsonNode record) {
        List<GoldParty> parties = new ArrayList<>();
        for (String role : List.of("source", "target")) {
            JsonNode value = record.path(role); // an array of actors, or "" where there is none
            for (JsonNode actor : value.isArray() ? value : value.isObject() ? List.of(value) : List.<JsonNode>of()) {
                GoldParty party = GoldParty.of(actor.path("actorText").asText(""), actor.path("code").asText(null),
                        actor.path("sector").asText(null));
                if (party != null) {
                    parties.add(party);
                }
            }
        }
        return parties;
    }
}
