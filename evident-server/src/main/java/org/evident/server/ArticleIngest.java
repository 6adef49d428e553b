package org.evident.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.evident.read.FieldMapping;
import org.evident.read.ReadOptions;
import org.evident.read.ReadOutcome;
import org.evident.model.Article;
import org.evident.model.Json;
import org.evident.model.Outcome;
import org.evident.pipeline.Pipeline;
import org.evident.pipeline.TimeBudget;
import org.evident.store.Ingested;
import org.evident.store.Saved;
import org.evident.store.Store;
import org.evident.store.StoredArticle;
import org.evident.pipeline.Pipelines;

/**
 * POST /api/articles: one article as JSON (the API's fields, or a news-please article as evident extract reads it),
 * plain text or HTML, read by the core's ArticleReader (so empty, binary, oversized or non-English input is refused
 * with its reason), run through the pipeline and stored.
 * Extraction runs on a fixed number of lanes (one per core by default): CoreNLP holds a core busy for up to
 * seconds per article, so more at once would only slow each down. Whether an article is stored already is answered
 * before it queues for a lane, and an article that runs out of the pipeline's time budget is refused with 422.
 */
final class ArticleIngest {

    static final String JSON = "application/json";
    static final String TEXT = "text/plain";
    static final String HTML = "text/html";
    private static final List<String> TEXT_PARAMS = List.of("title", "url", "published", "publication");
    /**
     * The article fields of a posted JSON object: those evident extract reads (news-please's, see
     * {@link FieldMapping#NEWS_PLEASE}), and the API's own name "publication" for the source.
     */
    static final FieldMapping FIELDS = new FieldMapping(FieldMapping.NEWS_PLEASE.body(),
            FieldMapping.NEWS_PLEASE.title(), FieldMapping.NEWS_PLEASE.published(), FieldMapping.NEWS_PLEASE.url(),
            Stream.concat(Stream.of("publication"),
                    FieldMapping.NEWS_PLEASE.source().stream()).toList(),
            FieldMapping.NEWS_PLEASE.language(), FieldMapping.NEWS_PLEASE.section());

    private final Store store;
    private final Supplier<Pipeline> pipelines;
    private final long maxBytes;
    private final Semaphore lanes;
    private final long bodyTimeoutMillis;

    /**
     * {@code pipelines} is null for a read-only server; {@code lanes}: articles extracted at once;
     * {@code bodyTimeoutMillis}: the server's wait for more of a body, named in the 408 that ends it.
     */
    ArticleIngest(Store store, Supplier<Pipeline> pipelines, long maxBytes, int lanes, long bodyTimeoutMillis) {
        this.store = store;
        this.pipelines = pipelines;
        this.maxBytes = maxBytes;
        this.lanes = new Semaphore(lanes, true);
        this.bodyTimeoutMillis = bodyTimeoutMillis;
    }

    boolean writable() {
        return pipelines != null;
    }

    void handle(Context ctx) throws IOException, InterruptedException {
        if (pipelines == null) {
            throw new ApiException(503, "this server is read-only (started without the extraction pipeline);"
                    + " ingest with evident ingest, or restart the server without --no-pipeline");
        }
        String type = mediaType(ctx.header("Content-Type"));
        if (!type.equals(JSON) && !type.equals(TEXT) && !type.equals(HTML)) {
            throw new ApiException(415, "Content-Type must be " + JSON + ", " + TEXT + " or " + HTML + ", was '"
                    + Params.clip(ctx.header("Content-Type") == null ? "" : ctx.header("Content-Type")) + "'");
        }
        byte[] body = body(ctx);
        Article article = type.equals(JSON) ? fromJson(ctx, body) : fromText(ctx, body);
        Posted result = ingest(article);
        ctx.status(result.saved().stored() ? 201 : 200);
        EvidentServer.json(ctx, new Views.Ingested(article.id(), result.saved().stored(), result.saved().records(),
                result.saved().newEvents(), result.saved().merged(), result.eventIds()));
    }

    private record Posted(Saved saved, List<Long> eventIds) {}

    private Posted ingest(Article article) throws InterruptedException {
        if (store.contains(article.id())) {
            // a re-post costs a lookup, not a wait behind the articles being extracted
            return new Posted(new Saved(article.id(), false, 0, 0, 0), eventIds(article.id()));
        }
        lanes.acquire();
        try {
            Outcome[] outcome = new Outcome[1];
            Ingested ingested;
            try {
                ingested = store.ingest(article, a -> outcome[0] = pipelines.get().process(a));
            } catch (TimeBudget.Exhausted e) {
                // runaway work of earlier articles holds the cores: this server takes no article until restarted
                String message = "article " + article.id() + " " + e.getMessage();
                System.err.println("evident-server: " + message);
                throw new ApiException(503, message);
            }
            if (ingested.failed() && outcome[0] != null && outcome[0].overBudget()) {
                String message = "article " + article.id() + " (" + article.origin() + ", "
                        + article.body().length() + " characters) refused: " + ingested.failure();
                System.err.println("evident-server: " + message);
                throw new ApiException(422, message);
            }
            if (ingested.failed()) {
                throw new IllegalStateException("extraction failed for article " + article.id() + ": "
                        + ingested.failure());
            }
            if (ingested.stored()) {
                store.commitIndex();
            }
            return new Posted(ingested.saved(), eventIds(article.id()));
        } finally {
            lanes.release();
        }
    }

    private List<Long> eventIds(String articleId) {
        return store.article(articleId).map(StoredArticle::eventIds).map(m -> m.values().stream().distinct().toList())
                .orElse(List.of());
    }

    /**
     * The body, refused with 413 past the limit whether or not the client declared its length, and with 408 (logged)
     * when it stops arriving: a client fault, not the server's.
     */
    private byte[] body(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(declared + " bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16_384];
        try (InputStream in = ctx.req().getInputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw tooLarge("more than that");
                }
            }
        } catch (IOException e) {
            if (!causedByTimeout(e)) {
                throw e;
            }
            String message = "the body stopped arriving: " + out.size() + " of "
                    + (declared >= 0 ? declared + " bytes" : "an unknown length") + " came, then nothing for "
                    + bodyTimeoutMillis + " ms";
            System.err.println("evident-server: POST " + ctx.path() + " from " + ctx.req().getRemoteAddr() + ": "
                    + message + "; answered 408");
            throw new ApiException(408, message + "; send the whole body at once");
        }
        return out.toByteArray();
    }

    private static boolean causedByTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private ApiException tooLarge(String size) {
        return new ApiException(413, ServerConfig.overTheLimit(maxBytes) + ": it has " + size);
    }

    /**
     * A body with a field twice ("text" and "text") or something after its object is refused, not read by half:
     * which of two texts was meant, the client alone knows.
     */
    private static final ObjectReader STRICT_JSON = Json.mapper().reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Article fromJson(Context ctx, byte[] body) {
        Params.of(ctx, List.of());
        JsonNode node;
        try {
            node = STRICT_JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not valid JSON: " + oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw ApiException.badRequest("the body cannot be read as JSON: " + oneLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("the body must be one JSON object with a \"text\" field");
        }
        // Fields the reader does not map (news-please's authors, description, …) are ignored, as evident extract
        // ignores them; a field it maps must hold a string, so that a wrong type is told, not skipped.
        for (String name : mappedFields()) {
            if (node.has(name) && !node.get(name).isTextual() && !node.get(name).isNull()) {
                throw ApiException.badRequest("field '" + name + "' must be a string");
            }
        }
        if (FIELDS.body().stream().noneMatch(node::hasNonNull)) {
            throw ApiException.badRequest("the JSON object needs a \"text\" field holding the article (or"
                    + " news-please's \"maintext\")");
        }
        Article article = read(origin(node.path("url").asText(null)), body, ReadOptions.defaults().withJsonFields(FIELDS));
        String date = FIELDS.published().stream().filter(node::hasNonNull).map(name -> node.get(name).asText())
                .findFirst().orElse(null);
        if (date != null && article.published() == null) {
            throw ApiException.badRequest("published must be a date YYYY-MM-DD, was '" + Params.clip(date) + "'");
        }
        return article;
    }

    private static List<String> mappedFields() {
        return Stream.of(FIELDS.body(), FIELDS.title(), FIELDS.published(), FIELDS.url(),
                FIELDS.source(), FIELDS.language(), FIELDS.section()).flatMap(List::stream).toList();
    }

    private Article fromText(Context ctx, byte[] body) {
        Params params = Params.of(ctx, TEXT_PARAMS);
        ReadOptions options = new ReadOptions(Params.date("published", params.get("published")), params.get("title"),
                ReadOptions.DEFAULT_MAX_ARTICLE_CHARS);
        Charset charset = charset(ctx.header("Content-Type"));
        if (charset != null) {
            options = options.withCharset(charset);
        }
        Article read = read(origin(params.get("url")), body, options);
        String url = params.get("url") != null ? params.get("url") : read.url();
        String publication = params.get("publication") != null ? params.get("publication") : read.source();
        return new Article(read.id(), read.origin(), read.title(), read.body(), read.published(), url, publication,
                read.language(), read.section());
    }

    /** The one article the body holds, or 422 naming why there is none. */
    private Article read(String origin, byte[] body, ReadOptions options) {
        List<ReadOutcome> outcomes = Pipelines.reader(options.withMaxRecordBytes(maxBytes)).read(origin, body);
        List<Article> articles = outcomes.stream().filter(o -> o instanceof ReadOutcome.Read)
                .map(o -> ((ReadOutcome.Read) o).article()).toList();
        if (articles.size() == 1) {
            return articles.get(0);
        }
        if (articles.size() > 1) {
            throw new ApiException(422, "the body holds " + articles.size() + " articles; post one article per request");
        }
        ReadOutcome.Rejected rejected = outcomes.stream().filter(o -> o instanceof ReadOutcome.Rejected)
                .map(o -> (ReadOutcome.Rejected) o).findFirst()
                .orElse(new ReadOutcome.Rejected(origin, "no article in the body"));
        store.logProblem(origin, null, "REJECTED", rejected.reason());
        throw new ApiException(422, "the article cannot be read: " + rejected.reason());
    }

    private static String origin(String url) {
        return "POST /api/articles" + (url == null || url.isBlank() ? "" : " " + Params.clip(url));
    }

    /** The media type of a Content-Type header, lower case, without parameters; "" when absent. */
    static String mediaType(String header) {
        if (header == null) {
            return "";
        }
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static Charset charset(String header) {
        for (String part : header.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).replace("\"", "").strip();
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new ApiException(415, "unknown charset '" + Params.clip(name) + "'");
                }
            }
        }
        return null;
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        return Params.clip(message.replaceAll("\\s+", " ").strip());
    }
}
