package org.evident.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsTest {

    private static final String TEXT = String.join("\n",
            "# comments are ignored",
            "User-agent: otherbot",
            "Disallow: /",
            "",
            "User-agent: *",
            "Disallow: /private/",
            "Allow: /private/open-*.html$",
            "Disallow: /*?session=",
            "Crawl-delay: 2.5");

    @Test
    void theGroupForEveryCrawlerAppliesWhenNoneNamesOurs() {
        Robots robots = Robots.parse(TEXT, "evident");
        assertThat(robots.allows("/news/1.html")).isTrue();
        assertThat(robots.allows("/private/secret.html")).isFalse();
        assertThat(robots.allows("/private/open-1.html")).isTrue(); // the longer Allow wins
        assertThat(robots.allows("/private/open-1.html.bak")).isFalse(); // $ anchors the end
        assertThat(robots.allows("/feed?session=42")).isFalse();
        assertThat(robots.crawlDelay()).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void aGroupNamingOurTokenWinsOverTheGeneralOne() {
        Robots robots = Robots.parse(TEXT + "\n\nUser-agent: Evident\nDisallow: /news/\n", "evident");
        assertThat(robots.allows("/news/1.html")).isFalse();
        assertThat(robots.allows("/private/secret.html")).isTrue();
        assertThat(Robots.parse(TEXT, "otherbot").allows("/news/1.html")).isFalse();
    }

    @Test
    void anEmptyDisallowAndNoFileAllowEverything() {
        assertThat(Robots.parse("User-agent: *\nDisallow:\n", "evident").allows("/anything")).isTrue();
        assertThat(Robots.ALLOW_ALL.allows("/anything")).isTrue();
    }

    @Test
    void anEmptyUserAgentLineNamesNoCrawler() {
        Robots robots = Robots.parse(TEXT + "\n\nUser-agent:\nDisallow: /news/\n", "evident");
        assertThat(robots.allows("/news/1.html")).isTrue();
        assertThat(robots.allows("/private/secret.html")).isFalse(); // the group for every crawler applies
    }
}
