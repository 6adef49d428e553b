package org.evident.watch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One source to watch: a feed or news sitemap URL, with its own interval or null for the watch's.
 */
public record SourceSpec(String url, Duration every) {

    /**
     * The sources the command line names: URLs as they are, and files listing sources, one a line ("URL" or
     * "URL 10m"; blank lines and lines starting with # are skipped). A source named twice is watched once (the
     * first interval given wins).
     *
     * @throws IllegalArgumentException naming the argument or file line and what is wrong with it
     */
    public static List<SourceSpec> parse(List<String> arguments) {
        Map<String, SourceSpec> sources = new LinkedHashMap<>();
        for (String argument : arguments) {
            if (isUrl(argument)) {
                sources.putIfAbsent(argument, new SourceSpec(checked(argument, argument), null));
                continue;
            }
            Path file = Path.of(argument);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(argument + ": neither an http(s) URL nor a file listing sources");
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException(argument + ": cannot be read: " + e.getMessage());
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String where = argument + ":" + (i + 1);
                String[] parts = line.split("\\s+");
                if (parts.length > 2 || !isUrl(parts[0])) {
                    throw new IllegalArgumentException(where + ": expected 'URL' or 'URL INTERVAL', got '" + line + "'");
                }
                Duration every;
                try {
                    every = parts.length == 2 ? Durations.parse(parts[1]) : null;
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": " + e.getMessage());
                }
                if (every != null && every.isZero()) { // as --every: a source fetched without pause
                    throw new IllegalArgumentException(where + ": the interval must be more than 0, was " + parts[1]);
                }
                sources.putIfAbsent(parts[0], new SourceSpec(checked(parts[0], where), every));
            }
        }
        return List.copyOf(sources.values());
    }

    private static boolean isUrl(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static String checked(String url, String where) {
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null) {
                throw new IllegalArgumentException(where + ": URL without a host: " + url);
            }
            return url;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(where + ": not a valid URL: " + e.getMessage());
        }
    }
}
