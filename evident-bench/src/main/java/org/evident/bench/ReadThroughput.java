package org.evident.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.evident.io.ScratchFolder;
import org.evident.read.Outcomes;
import org.evident.read.ReadOptions;
import org.evident.read.ReadOutcome;
import org.evident.pipeline.Pipelines;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Reading throughput per input format: writes a synthetic corpus of about 1,000-word articles in each format
 * (a folder of text files, a folder of HTML pages with page furniture, an RSS feed, JSON Lines plain and gzipped,
 * a gzipped WARC), reads each with {@link Readers} several times, and prints MB/s of input as stored and of article
 * text produced, articles/s, wall-clock and CPU milliseconds per article, and the wall-clock time as a share of the
 * time extraction takes per article (about 1 s for 1,000 tokens on a 2-core machine). Reading runs on one thread;
 * on a busy machine its CPU time is the steadier figure.
 *
 * <pre>
 * mvn -B -q -pl evident-bench -am package -DskipTests -Pread-throughput -Dbench.articles=2000
 * </pre>
 */
public final class ReadThroughput {

    private static final String[] SUBJECTS = {"The council", "Police", "The minister", "Residents", "The union",
        "Army officers", "The court", "Aid workers", "The mayor", "Protesters", "The company", "Witnesses"};
    private static final String[] VERBS = {"said on Monday that", "confirmed that", "denied that", "warned that",
        "reported that", "told reporters that", "announced that", "claimed that"};
    private static final String[] CLAUSES = {"the road to the harbour would stay closed for two weeks",
        "about forty people had been arrested near the border crossing", "talks would resume after the holiday",
        "the water supply had been restored to the eastern districts", "the strike would continue until Friday",
        "three soldiers were wounded in an attack on the checkpoint", "the budget vote was delayed again",
        "the flood had destroyed hundreds of homes in the valley", "new elections could be held in the spring"};

    /** CPU time of the reading thread: on a shared machine it says more than the wall clock. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ReadThroughput() {}

    public static void main(String[] args) throws IOException {
        int articles = 2000;
        int rounds = 3;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --articles N and --rounds N");
            }
        }
        try (ScratchFolder scratch = ScratchFolder.create("evident-read-bench")) {
            List<Path> inputs = writeCorpus(scratch.path(), articles);
            System.out.printf(Locale.ROOT, "%d articles of about 1,000 words per format; best of %d rounds%n",
                    articles, rounds);
            System.out.printf(Locale.ROOT, "%-18s %8s %8s %7s %9s %10s %10s %10s %11s %13s%n", "input",
                    "disk MB", "text MB", "MB/s", "text MB/s", "articles/s", "ms/article", "cpu ms/art", "MB/cpu-s",
                    "of extraction");
            for (Path input : inputs) {
                measure(input, articles, rounds);
            }
        }
    }

    private static void measure(Path input, int expected, int rounds) throws IOException {
        long bytes = size(input);
        long text = 0;
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        int read = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            long startCpu = THREADS.getCurrentThreadCpuTime();
            read = 0;
            text = 0;
            try (Outcomes outcomes = Pipelines.read(input, ReadOptions.defaults())) {
                while (outcomes.hasNext()) {
                    if (outcomes.next() instanceof ReadOutcome.Read article) {
                        read++;
                        text += article.article().body().length();
                    }
                }
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
            bestCpu = Math.min(bestCpu, (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e9);
        }
        if (read != expected) {
            throw new IllegalStateException(input + ": read " + read + " articles of " + expected);
        }
        double msPerArticle = best * 1000 / read;
        double cpuMsPerArticle = bestCpu * 1000 / read;
        // Extraction takes about 1 s per 1,000-token article on the reference machine (2 cores).
        System.out.printf(Locale.ROOT, "%-18s %8.1f %8.1f %7.1f %9.1f %10.0f %10.3f %10.3f %11.1f %12.3f%%%n",
                input.getFileName(), bytes / 1e6, text / 1e6, bytes / 1e6 / best, text / 1e6 / best, read / best,
                msPerArticle, cpuMsPerArticle, bytes / 1e6 / bestCpu, msPerArticle / 1000 * 100);
    }

    private static long size(Path input) throws IOException {
        try (Stream<Path> files = Files.walk(input)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static List<Path> writeCorpus(Path dir, int count) throws IOException {
        Random random = new Random(42);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            bodies.add(body(random));
        }
        List<Path> inputs = new ArrayList<>();
        Path text = Files.createDirectories(dir.resolve("text"));
        Path html = Files.createDirectories(dir.resolve("html"));
        for (int i = 0; i < count; i++) {
            Files.writeString(text.resolve(i + ".txt"), "Headline " + i + "\n\n" + bodies.get(i));
            Files.writeString(html.resolve(i + ".html"), page(i, bodies.get(i)));
        }
        inputs.add(text);
        inputs.add(html);
        inputs.add(feed(dir.resolve("feed.xml"), bodies));
        inputs.add(jsonLines(dir.resolve("articles.jsonl"), bodies, false));
        inputs.add(jsonLines(dir.resolve("articles.jsonl.gz"), bodies, true));
        inputs.add(warc(dir.resolve("crawl.warc.gz"), bodies));
        return inputs;
    }

    private static String body(Random random) {
        StringBuilder body = new StringBuilder();
        int words = 0;
        while (words < 1000) {
            StringBuilder paragraph = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                String sentence = SUBJECTS[random.nextInt(SUBJECTS.length)] + " " + VERBS[random.nextInt(VERBS.length)]
                        + " " + CLAUSES[random.nextInt(CLAUSES.length)] + ". ";
                paragraph.append(sentence);
                words += sentence.split(" ").length;
            }
            body.append(paragraph.toString().strip()).append("\n\n");
        }
        return body.toString().strip();
    }

    private static String page(int i, String body) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story ")
                .append(i).append("</title><meta property=\"article:published_time\" content=\"2024-01-02T10:00:00Z\">")
                .append("<script>var analytics = {id: ").append(i).append("};</script><style>body{margin:0}</style>")
                .append("</head><body><header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a>")
                .append("</li></ul></nav></header><div class=\"ad-slot\">Advertisement</div><main><article><h1>Story ")
                .append(i).append("</h1>");
        for (String paragraph : body.split("\n\n")) {
            page.append("<p>").append(paragraph).append("</p>");
        }
        return page.append("</article><aside class=\"related\"><a href=\"/x\">Related</a></aside>")
                .append("<section class=\"comments\"><p>A reader comment.</p></section></main><footer>Footer</footer>")
                .append("</body></html>").toString();
    }

    private static Path feed(Path file, List<String> bodies) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Bench</title>");
            for (int i = 0; i < bodies.size(); i++) {
                out.write("<item><title>Story " + i + "</title><link>https://bench.example/" + i + "</link>"
                        + "<pubDate>Tue, 2 Jan 2024 10:00:00 GMT</pubDate><description><![CDATA[<p>"
                        + bodies.get(i).replace("\n\n", "</p><p>") + "</p>]]></description></item>");
            }
            out.write("</channel></rss>");
        }
        return file;
    }

    private static Path jsonLines(Path file, List<String> bodies, boolean gzip) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16) : raw) {
            for (int i = 0; i < bodies.size(); i++) {
                String line = "{\"title\": \"Story " + i + "\", \"date_publish\": \"2024-01-02 10:00:00\", \"maintext\": \""
                        + bodies.get(i).replace("\n", "\\n") + "\"}\n";
                out.write(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }

    private static Path warc(Path file, List<String> bodies) throws IOException {
        try (WarcWriter writer = new WarcWriter(java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (int i = 0; i < bodies.size(); i++) {
                HttpResponse response = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), page(i, bodies.get(i)).getBytes(StandardCharsets.UTF_8))
                        .build();
                writer.write(new WarcResponse.Builder(URI.create("https://bench.example/" + i)).body(response).build());
            }
        }
        return file;
    }
}
