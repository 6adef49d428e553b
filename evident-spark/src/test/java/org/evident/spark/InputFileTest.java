package org.evident.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.evident.exchange.ArticleEventsJson;
import org.evident.read.ArticleReader;
import org.evident.read.ReadOptions;
import org.evident.read.ReadOutcome;
import org.junit.jupiter.api.Test;

class InputFileTest {

    private static final String LINES = "{\"title\": \"A\", \"maintext\": \"Troops withdrew from the town.\","
            + " \"date_publish\": \"2020-01-02 10:00:00\"}\n\n{\"title\": \"broken\n"
            + "{\"maintext\": \"Police arrested 12 protesters.\"}\n";

    private static List<WorkItem> read(String origin, byte[] bytes) {
        List<WorkItem> items = new ArrayList<>();
        InputFile.read(origin, new ByteArrayInputStream(bytes)).forEachRemaining(items::add);
        return items;
    }

    @Test
    void givesTheArticlesAndRejectsEvidentExtractReadsFromTheSameBytes() throws Exception {
        byte[] bytes = LINES.getBytes(StandardCharsets.UTF_8);
        List<WorkItem> streamed = read("feed.jsonl", bytes);

        List<ReadOutcome> whole = new ArticleReader(ReadOptions.defaults()).read("feed.jsonl", bytes);

        assertThat(streamed).extracting(WorkItem::origin)
                .containsExactlyElementsOf(whole.stream().map(ReadOutcome::origin).toList());
        assertThat(streamed).hasSize(3);
        assertThat(ArticleEventsJson.read(streamed.get(0).articleJson()).article())
                .isEqualTo(((ReadOutcome.Read) whole.get(0)).article());
        assertThat(streamed.get(1).reason()).isEqualTo(((ReadOutcome.Rejected) whole.get(1)).reason());
    }

    @Test
    void namesLocalFilesByTheirPathAndOthersByUri() {
        assertThat(InputFile.origin("file:/data/news/a%20b.json")).isEqualTo("/data/news/a b.json");
        assertThat(InputFile.origin("hdfs://nn:8020/news/a.json")).isEqualTo("hdfs://nn:8020/news/a.json");
    }

    @Test
    void endsAGzipFileCutOffMidwayWithOneReject() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            for (int i = 0; i < 3000; i++) {
                gz.write(("{\"maintext\": \"Report " + i + ": " + Integer.toHexString(i * 7919) + " troops moved.\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] cut = java.util.Arrays.copyOf(zipped.toByteArray(), zipped.size() / 2);

        List<WorkItem> items = read("feed.jsonl.gz", cut);

        assertThat(items).hasSizeGreaterThan(1);
        assertThat(items.subList(0, items.size() - 1)).allSatisfy(item -> assertThat(item.isRejected()).isFalse());
        assertThat(items.get(items.size() - 1).isRejected()).isTrue();
    }
}
