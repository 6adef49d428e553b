package org.evident.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.evident.exchange.ArticleEventsJson;
import org.evident.ingest.ArticleReader;
import org.evident.ingest.ReadOptions;
import org.evident.ingest.ReadOutcome;
import org.junit.jupiter.api.Test;

class InputFileTest {

    private static final String LINES = "{\"title\": \"A\", \"maintext\": \"Troops withdrew from the town.\","
            + " \"date_publish\": \"2020-01-02 10:00:00\"}\n\n{\"title\": \"broken\n"
            + "{\"maintext\": \"Police arrested 12 protesters.\"}\n";

    @Test
    void streamsJsonLinesIntoTheArticlesAndRejectsEvidentExtractReads() {
        List<WorkItem> streamed = new ArrayList<>();
        InputFile.jsonLines("feed.jsonl", new ByteArrayInputStream(LINES.getBytes(StandardCharsets.UTF_8)))
                .forEachRemaining(streamed::add);

        List<ReadOutcome> whole = new ArticleReader(ReadOptions.defaults())
                .read("feed.jsonl", LINES.getBytes(StandardCharsets.UTF_8));

        assertThat(streamed).extracting(WorkItem::origin).containsExactly("feed.jsonl:1", "feed.jsonl:3", "feed.jsonl:4");
        assertThat(streamed).extracting(WorkItem::origin)
                .containsExactlyElementsOf(whole.stream().map(ReadOutcome::origin).toList());
        assertThat(ArticleEventsJson.read(streamed.get(0).articleJson()).article())
                .isEqualTo(((ReadOutcome.Read) whole.get(0)).article());
        assertThat(streamed.get(1).reason()).startsWith("invalid JSON");
    }

    @Test
    void namesLocalFilesByTheirPathAndOthersByUri() {
        assertThat(InputFile.origin("file:/data/news/a%20b.json")).isEqualTo("/data/news/a b.json");
        assertThat(InputFile.origin("hdfs://nn:8020/news/a.json")).isEqualTo("hdfs://nn:8020/news/a.json");
    }

    @Test
    void reportsAGzipFileCutOffMidwayAtTheLineWhereItBreaks() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            for (int i = 0; i < 3000; i++) {
                gz.write(("{\"maintext\": \"Report " + i + ": " + Integer.toHexString(i * 7919) + " troops moved.\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] cut = java.util.Arrays.copyOf(zipped.toByteArray(), zipped.size() / 2);
        List<WorkItem> items = new ArrayList<>();

        InputFile.jsonLines("feed.jsonl", new java.util.zip.GZIPInputStream(new ByteArrayInputStream(cut)))
                .forEachRemaining(items::add);

        assertThat(items.get(items.size() - 1).reason()).startsWith("cannot be read further");
        assertThat(items).hasSizeGreaterThan(1);
    }
}
