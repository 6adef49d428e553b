package org.evident.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sources evident watch is given: URLs, and files listing them with their own intervals. */
class SourceSpecTest {

    @Test
    void aListedSourceKeepsItsIntervalAndAZeroIntervalIsNamedByLine(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "# feeds\nhttps://example.org/rss.xml 10m\n");
        assertThat(SourceSpec.parse(List.of(good.toString()))).singleElement()
                .satisfies(s -> assertThat(s.every()).isEqualTo(Duration.ofMinutes(10)));

        Path zero = Files.writeString(dir.resolve("zero.txt"), "https://example.org/rss.xml\nhttps://example.org/b.xml 0s\n");
        assertThatThrownBy(() -> SourceSpec.parse(List.of(zero.toString())))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(zero + ":2: the interval must be more than 0, was 0s");
    }

    @Test
    void anIntervalTooLongToHoldIsNotAnInterval() {
        assertThat(Durations.parse("999999999d")).isEqualTo(Duration.ofDays(999_999_999));
        assertThatThrownBy(() -> Durations.parse("99999999999999999999d")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not an interval");
    }
}
