package org.evident.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * A web site on 127.0.0.1 for tests: pages set and changed by the test, with ETags honoured (304), gzip when asked
 * for, redirects, failures and stalls, and a log of every request. Never the internet.
 */
public final class TestSite implements AutoCloseable {

    /** One request as the site saw it. */
    public record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** How a path answers. */
    public interface Answer {
        void answer(HttpExchange exchange, byte[] requestBody) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-site");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            requests.add(new Request(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body));
            Answer answer = answers.get(path);
            try {
                if (answer == null) {
                    send(exchange, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8), null);
                } else {
                    answer.answer(exchange, body);
                }
            } catch (IOException e) {
                // the client went away
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves text at a path with an ETag of its hash: a request that sends the same ETag gets 304. */
    public void page(String path, String contentType, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + Integer.toHexString(text.hashCode()) + "\"";
        answers.put(path, (exchange, body) -> {
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.getResponseHeaders().set("ETag", etag);
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            send(exchange, 200, contentType, bytes, etag);
        });
    }

    /** Serves text at a path without validators (no ETag, no Last-Modified): every request gets it whole. */
    public void pageWithoutValidators(String path, String contentType, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        answers.put(path, (exchange, body) -> send(exchange, 200, contentType, bytes, null));
    }

    /** Any answer of one's own. */
    public void answer(String path, Answer answer) {
        answers.put(path, answer);
    }

    /** Always the same status, with an empty body. */
    public void status(String path, int status) {
        answers.put(path, (exchange, body) -> {
            exchange.sendResponseHeaders(status, -1);
        });
    }

    /** A redirect to another path of this site. */
    public void redirect(String path, int status, String to) {
        answers.put(path, (exchange, body) -> {
            exchange.getResponseHeaders().set("Location", to);
            exchange.sendResponseHeaders(status, -1);
        });
    }

    /** The first {@code failures} requests get {@code status}; the rest get the page. */
    public void failingFirst(String path, int failures, int status, String contentType, String text) {
        AtomicInteger seen = new AtomicInteger();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        answers.put(path, (exchange, body) -> {
            if (seen.incrementAndGet() <= failures) {
                exchange.sendResponseHeaders(status, -1);
            } else {
                send(exchange, 200, contentType, bytes, null);
            }
        });
    }

    public void remove(String path) {
        answers.remove(path);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests for one path (with its query). */
    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public void clearRequests() {
        requests.clear();
    }

    /** Sends a body, gzipped when the client asked for gzip. */
    static void send(HttpExchange exchange, int status, String contentType, byte[] bytes, String etag) throws IOException {
        byte[] out = bytes;
        String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        if (accept != null && accept.contains("gzip")) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write(bytes);
            }
            out = zipped.toByteArray();
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        if (etag != null) {
            exchange.getResponseHeaders().set("ETag", etag);
        }
        exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(out);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
