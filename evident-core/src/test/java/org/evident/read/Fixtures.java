package org.evident.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.evident.model.Article;

/** Small helpers shared by the reader tests. */
final class Fixtures {

    private Fixtures() {}

    /** The bytes of a fixture under src/test/resources/org/evident/read. */
    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Article> articles(List<ReadOutcome> outcomes) {
        return outcomes.stream().filter(o -> o instanceof ReadOutcome.Read)
                .map(o -> ((ReadOutcome.Read) o).article()).toList();
    }

    static List<ReadOutcome.Rejected> rejects(List<ReadOutcome> outcomes) {
        return outcomes.stream().filter(o -> o instanceof ReadOutcome.Rejected)
                .map(o -> (ReadOutcome.Rejected) o).toList();
    }

    static Article onlyArticle(List<ReadOutcome> outcomes) {
        assertThat(rejects(outcomes)).isEmpty();
        assertThat(outcomes).hasSize(1);
        return articles(outcomes).get(0);
    }

    static String onlyReject(List<ReadOutcome> outcomes) {
        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0)).isInstanceOf(ReadOutcome.Rejected.class);
        return ((ReadOutcome.Rejected) outcomes.get(0)).reason();
    }

    /** A few sentences of plain English news text, long enough to be told from other languages. */
    static String englishParagraph(int n) {
        return "Story " + n + ": the regional council said on Monday that the road to the harbour would be closed "
                + "for two weeks while workers repair the damage that the storm had caused, and that buses would "
                + "use the coast road instead.";
    }
}
