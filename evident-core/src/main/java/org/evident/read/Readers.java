package org.evident.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The one entry point for reading what a user names: files, directories (recursively, in name order, hidden files
 * skipped), glob patterns ("news/**&#47;*.html", "crawl-*.warc.gz") and "-" for standard input. Everything is read
 * lazily, one input and one record at a time, so memory stays bounded whatever the size of the corpus.
 *
 * <pre>
 * try (Outcomes outcomes = Readers.read(List.of("page.html", "crawl.warc.gz", "dir/"), options, System.in)) {
 *     outcomes.forEachRemaining(outcome -> ...);
 * }
 * </pre>
 */
public final class Readers {

    /** The name standard input goes by in messages. */
    public static final String STDIN = "<stdin>";

    private Readers() {}

    /** Reads one file, directory, glob or "-". */
    public static Outcomes read(String input, ReadOptions options, InputStream stdin) {
        return read(List.of(input), options, stdin);
    }

    /** Reads one file or directory. */
    public static Outcomes read(Path path, ReadOptions options) {
        return read(List.of(path.toString()), options, InputStream.nullInputStream());
    }

    /** Reads the inputs in order. */
    public static Outcomes read(List<String> inputs, ReadOptions options, InputStream stdin) {
        ArticleReader reader = new ArticleReader(options);
        return new Chain(inputs.stream().map(input -> (Iterator<Outcomes>) new Expansion(input, reader, stdin))
                .toList().iterator());
    }

    /** True when the text is a glob pattern rather than a plain path. */
    public static boolean isGlob(String input) {
        return input.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /** The inputs one user argument stands for, each opened only when reached. */
    private static final class Expansion implements Iterator<Outcomes> {
        private final String input;
        private final ArticleReader reader;
        private final InputStream stdin;
        private Iterator<Path> files;
        private PathMatcher matcher;
        private String noneReason;
        private boolean single;
        private boolean matchedAny;
        private Path pending;

        Expansion(String input, ArticleReader reader, InputStream stdin) {
            this.input = input;
            this.reader = reader;
            this.stdin = stdin;
        }

        @Override
        public boolean hasNext() {
            if (single) {
                return false;
            }
            if (files == null) {
                return true; // the first call always yields something: outcomes or one reject
            }
            return advance() != null || !matchedAny;
        }

        private Path advance() {
            while (pending == null && files.hasNext()) {
                Path candidate = files.next();
                if (matcher == null || matcher.matches(candidate)) {
                    pending = candidate;
                }
            }
            return pending;
        }

        @Override
        public Outcomes next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (files == null) {
                Outcomes first = start();
                if (first != null) {
                    single = true;
                    return first;
                }
            }
            Path next = advance();
            if (next == null) {
                single = true;
                return Outcomes.of(new ReadOutcome.Rejected(input, noneReason));
            }
            pending = null;
            matchedAny = true;
            return reader.open(next);
        }

        /** Outcomes for a single input, or null after setting up a walk over a directory or a glob. */
        private Outcomes start() {
            if (input.equals("-")) {
                return reader.open(STDIN, stdin);
            }
            try {
                Path path = Path.of(input);
                if (Files.isDirectory(path)) {
                    files = new Walk(path);
                    noneReason = "directory holds no files to read";
                    return null;
                }
                if (Files.exists(path) || !isGlob(input)) {
                    return reader.open(path);
                }
            } catch (InvalidPathException e) {
                if (!isGlob(input)) {
                    return Outcomes.of(new ReadOutcome.Rejected(input, "not a valid path: " + e.getReason()));
                }
            }
            Path base = globBase(input);
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + input);
            files = Files.isDirectory(base) ? new Walk(base) : List.<Path>of().iterator();
            noneReason = "no file matches the pattern";
            return null;
        }
    }

    /** The directory before the first path element with a wildcard. */
    static Path globBase(String glob) {
        String separator = FileSystems.getDefault().getSeparator();
        int wildcard = 0;
        while (wildcard < glob.length() && "*?[{".indexOf(glob.charAt(wildcard)) < 0) {
            wildcard++;
        }
        int cut = glob.lastIndexOf(separator, wildcard);
        return cut < 0 ? Path.of("") : cut == 0 ? Path.of(separator) : Path.of(glob.substring(0, cut));
    }

    /**
     * Regular files under a directory, depth first, in name order; hidden files and folders are skipped, and linked
     * folders are not entered (a link back to a parent would never end).
     */
    private static final class Walk implements Iterator<Path> {
        private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
        private Path next;

        Walk(Path root) {
            stack.push(sortedChildren(root));
        }

        @Override
        public boolean hasNext() {
            while (next == null && !stack.isEmpty()) {
                Iterator<Path> top = stack.peek();
                if (!top.hasNext()) {
                    stack.pop();
                    continue;
                }
                Path candidate = top.next();
                String name = candidate.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(candidate, LinkOption.NOFOLLOW_LINKS)) {
                    stack.push(sortedChildren(candidate));
                } else if (Files.isRegularFile(candidate)) {
                    next = candidate;
                }
            }
            return next != null;
        }

        @Override
        public Path next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Path result = next;
            next = null;
            return result;
        }

        private static Iterator<Path> sortedChildren(Path directory) {
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
                stream.forEach(children::add);
            } catch (IOException | UncheckedIOException e) {
                return List.<Path>of().iterator(); // an unreadable folder holds nothing we can read
            }
            children.sort(null);
            return children.iterator();
        }
    }

    /** The outcomes of several inputs one after another; each input is closed before the next is opened. */
    private static final class Chain implements Outcomes {
        private final Iterator<Iterator<Outcomes>> expansions;
        private Iterator<Outcomes> expansion;
        private Outcomes current;

        Chain(Iterator<Iterator<Outcomes>> expansions) {
            this.expansions = Objects.requireNonNull(expansions);
        }

        @Override
        public boolean hasNext() {
            while (current == null || !current.hasNext()) {
                if (current != null) {
                    current.close();
                    current = null;
                }
                while (expansion == null || !expansion.hasNext()) {
                    if (!expansions.hasNext()) {
                        return false;
                    }
                    expansion = expansions.next();
                }
                current = expansion.next();
            }
            return true;
        }

        @Override
        public ReadOutcome next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        @Override
        public void close() {
            if (current != null) {
                current.close();
            }
        }
    }
}
