package org.evident.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.evident.model.Json;
import org.evident.pipeline.Pipeline;
import org.evident.store.Store;

/**
 * Evident's HTTP server: the REST API under /api (documented by openapi.json beside this class, served at
 * /api/openapi.json) and the web UI from the classpath at /. Reads are served at once; writes run the pipeline,
 * which a lazily supplied one loads on the first article posted. Every response carries the security headers;
 * every error is JSON with a one-line message, never a stack trace.
 */
public final class EvidentServer implements AutoCloseable {

    /** The Content-Security-Policy of every response: everything from this origin, nothing inline. */
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
            + " connect-src 'self'; object-src 'none'; frame-ancestors 'none'";
    static final String JSON_TYPE = "application/json; charset=utf-8";
    /** The headers of every response, Jetty's own errors included. */
    static final Map<String, String> SECURITY_HEADERS = Map.of("Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff", "Referrer-Policy", "no-referrer", "X-Frame-Options", "DENY",
            "Cross-Origin-Opener-Policy", "same-origin");
    private static final String ERROR_WRITTEN = "evident.error";

    private final Javalin app;
    private final List<String> routes;
    private final AlertStream alertStream;

    private EvidentServer(Javalin app, List<String> routes, AlertStream alertStream) {
        this.app = app;
        this.routes = routes;
        this.alertStream = alertStream;
    }

    /** The header some clients send to tunnel a method through another; Evident answers it with 400. */
    static final String METHOD_OVERRIDE = "X-HTTP-Method-Override";

    /** Starts a server; {@code pipelineOrNull} null makes it read-only (POST answers 503). */
    public static EvidentServer start(ServerConfig config, Store store, Pipeline pipelineOrNull) {
        return start(config, store, pipelineOrNull == null ? null : () -> pipelineOrNull);
    }

    /**
     * Starts a server whose pipeline comes from {@code pipelines} when the first article is posted (null: read-only).
     * Returns once the server listens.
     */
    public static EvidentServer start(ServerConfig config, Store store, Supplier<Pipeline> pipelines) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(store, "store");
        List<String> routes = Collections.synchronizedList(new ArrayList<>());
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            // how long a blocked read of a request body waits for more bytes before it fails
            c.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(config.bodyTimeoutMillis()));
            c.http.prefer405over404 = true;
            c.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
            c.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JettyErrors()));
            c.events.handlerAdded(h -> {
                if (h.getHttpMethod().isHttpMethod() && h.getHttpMethod() != HandlerType.HEAD) {
                    routes.add(h.getHttpMethod().name() + " " + h.getPath());
                }
            });
        });
        Api api = new Api(store, new ArticleIngest(store, memoize(pipelines), config.maxBodyBytes(),
                config.ingestLanes(), config.bodyTimeoutMillis()));
        Access access = new Access(config.token(), config.openReads());
        RateLimiter limiter = config.rateLimit() > 0 ? new RateLimiter(config.rateLimit()) : null;

        app.before(ctx -> {
            securityHeaders(ctx);
            if (ctx.header(METHOD_OVERRIDE) != null) {
                // Javalin would route by the header: a GET that writes, a POST that reads past the token's rules
                throw ApiException.badRequest(METHOD_OVERRIDE + " is not honoured; send the request with the method"
                        + " it means");
            }
            if (limiter != null) {
                long wait = limiter.acquire(ctx.req().getRemoteAddr(), System.nanoTime());
                if (wait > 0) {
                    throw new ApiException(429, "too many requests from " + ctx.req().getRemoteAddr() + "; the limit is "
                            + config.rateLimit() + " a second", wait);
                }
            }
            if (ctx.path().startsWith("/api/")) {
                if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
                    access.checkRead(ctx);
                } else {
                    access.checkWrite(ctx);
                }
            }
        });
        api.register(app);
        AlertStream alertStream = new AlertStream(store.alerts());
        alertStream.register(app);
        read(app, "/*", StaticFiles::serve);

        app.exception(ApiException.class, (e, ctx) -> {
            if (e.retryAfterSeconds() != null) {
                ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
            }
            error(ctx, e.status(), e.getMessage());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), switch (e.getStatus()) {
            case 404 -> "no such path: " + ctx.method() + " " + Params.clip(ctx.path());
            case 405 -> ctx.method() + " is not allowed on " + Params.clip(ctx.path());
            case 413 -> ServerConfig.overTheLimit(config.maxBodyBytes());
            default -> e.getMessage();
        }));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("evident-server: " + ctx.method() + " " + ctx.path() + " failed: "
                    + (e.getClass().getSimpleName() + ": " + e.getMessage()).replaceAll("\\s+", " "));
            error(ctx, 500, "internal error; the server's log has the details");
        });
        app.error(404, ctx -> fallback(ctx, "no such path: " + ctx.method() + " " + Params.clip(ctx.path())));
        app.error(405, ctx -> fallback(ctx, ctx.method() + " is not allowed on " + Params.clip(ctx.path())));
        app.error(413, ctx -> fallback(ctx, ServerConfig.overTheLimit(config.maxBodyBytes())));
        app.error(500, ctx -> fallback(ctx, "internal error; the server's log has the details"));

        try {
            app.start(config.bind(), config.port());
        } catch (RuntimeException e) {
            alertStream.close();
            throw e;
        }
        return new EvidentServer(app, routes, alertStream);
    }

    /**
     * Registers {@code handler} for GET and HEAD on {@code path}: HEAD runs the same checks and answers with the same
     * status and headers, and Jetty leaves out the body. (Left to itself, Javalin answers HEAD with an empty 200
     * whatever the path or parameters.)
     */
    static void read(Javalin app, String path, Handler handler) {
        app.get(path, handler);
        app.head(path, handler);
    }

    private static Supplier<Pipeline> memoize(Supplier<Pipeline> supplier) {
        if (supplier == null) {
            return null;
        }
        return new Supplier<>() {
            private Pipeline pipeline;

            @Override
            public synchronized Pipeline get() {
                if (pipeline == null) {
                    pipeline = Objects.requireNonNull(supplier.get(), "the pipeline supplier gave null");
                }
                return pipeline;
            }
        };
    }

    private static void securityHeaders(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Every route registered, as "METHOD /path" (static files: "GET /*"); each GET route answers HEAD too. */
    public List<String> routes() {
        synchronized (routes) {
            return List.copyOf(routes);
        }
    }

    @Override
    public void close() {
        alertStream.close();
        app.stop();
    }

    /**
     * The core's mapper, writing &lt; &gt; &amp; and ' as \\u escapes: the JSON means the same, and no text from an
     * article can read as markup to anything that sniffs a response instead of trusting its type.
     */
    private static final ObjectWriter WRITER = Json.mapper().writer().with(new HtmlSafeEscapes());

    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    /** Writes {@code value} as the JSON response. */
    static void json(Context ctx, Object value) {
        ctx.contentType(JSON_TYPE).result(toJson(value));
    }

    /** {@code value} as JSON, markup characters escaped. */
    static String toJson(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the response as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void error(Context ctx, int status, String message) {
        securityHeaders(ctx);
        ctx.status(status);
        ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
        json(ctx, Views.Error.of(status, message == null ? "error " + status : message));
    }

    /** Errors that no handler described (unknown paths, methods, Jetty's own limits) get a JSON body too. */
    private static void fallback(Context ctx, String message) {
        if (ctx.attribute(ERROR_WRITTEN) == null) {
            error(ctx, ctx.statusCode(), message);
        }
    }
}
