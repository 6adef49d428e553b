package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.evident.testkit.SharedAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evident extract --threads: the order and content of the output do not depend on the number of threads. */
class ExtractThreadsTest {

    /** Three short reports, so that two threads finish them out of order. */
    private static final String[] ARTICLES = {
        "Gunmen attacked a police post in Kaduna on Monday, killing two officers, the state police said.",
        "A storm destroyed hundreds of homes in eastern Cuba on Saturday, officials said.",
        "Protesters marched in Lima on Thursday against a rise in bus fares; police detained four of them."};

    @Test
    void extractWithTwoThreadsWritesWhatOneThreadWritesInTheSameOrder(@TempDir Path dir) throws Exception {
        for (int i = 0; i < ARTICLES.length; i++) {
            Files.writeString(dir.resolve("article-" + i + ".txt"),
                    "---\npublished: 2021-03-0" + (i + 1) + "\n---\n" + ARTICLES[i]);
        }
        Cli.Run one = Cli.run(SharedAnnotator::get, null, "", "extract", "--threads", "1", dir.toString());
        Cli.Run two = Cli.run(SharedAnnotator::get, null, "", "extract", "--threads", "2", dir.toString());
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(two.exit()).as(two.err()).isZero();
        assertThat(one.out()).contains("\"article_id\"");
        assertThat(two.out()).isEqualTo(one.out());
    }
}
