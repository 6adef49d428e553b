package org.evident.watch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.evident.model.Json;
import org.evident.store.Alerts;

/**
 * Delivers the firings waiting in the store's outbox: one JSON line appended to the alert's file, and one POST of
 * the same JSON to its webhook, signed with HMAC-SHA256 of the body under the alert's secret in the header
 * {@value #SIGNATURE_HEADER} ({@code sha256=HEX}). A channel that fails is tried again later, each wait twice the
 * one before, until it is done or {@code maxAttempts} are spent (then it is reported and given up). Each firing
 * carries its id ({@code firing_id}, also in {@value #FIRING_HEADER}): a receiver that sees one twice (the process
 * died between delivering and recording it) can tell.
 */
public final class AlertDelivery {

    public static final String SIGNATURE_HEADER = "X-Evident-Signature";
    public static final String FIRING_HEADER = "X-Evident-Firing";

    private final Alerts alerts;
    private final HttpClient client;
    private final String userAgent;
    private final Duration timeout;
    private final Duration backoff;
    private final int maxAttempts;
    private final PrintStream log;

    public AlertDelivery(Alerts alerts, String userAgent, Duration timeout, Duration backoff, int maxAttempts, PrintStream log) {
        this.alerts = alerts;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.userAgent = userAgent;
        this.timeout = timeout;
        this.backoff = backoff;
        this.maxAttempts = maxAttempts;
        this.log = log;
    }

    /** Makes one attempt at every firing that is due; returns how many are now fully delivered. */
    public synchronized int deliverDue() {
        int delivered = 0;
        for (Alerts.Firing firing : alerts.due(Instant.now(), 1000)) {
            if (deliver(firing)) {
                delivered++;
            }
        }
        return delivered;
    }

    /**
     * Delivers until nothing is left whose next attempt falls within {@code patience}, or {@code stop} says so;
     * what is left is delivered by the next run.
     */
    public void drain(Duration patience, BooleanSupplier stop) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (!stop.getAsBoolean() && Instant.now().isBefore(deadline)) {
            deliverDue();
            if (alerts.due(deadline, 1).isEmpty()) {
                return;
            }
            Thread.sleep(Math.min(200, Math.max(10, backoff.toMillis() / 2)));
        }
    }

    private boolean deliver(Alerts.Firing firing) {
        Alerts.Alert alert = firing.alert();
        ObjectNode json;
        try {
            json = (ObjectNode) Json.mapper().readTree(firing.payload());
        } catch (IOException e) {
            alerts.attempted(firing.id(), true, true, "unreadable payload: " + e.getMessage(), Instant.now(), true);
            return false;
        }
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("firing_id", firing.id());
        body.setAll(json);
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        boolean jsonlDone = firing.jsonlDone();
        boolean webhookDone = firing.webhookDone();
        List<String> problems = new ArrayList<>();
        if (!jsonlDone) {
            try {
                append(Path.of(alert.jsonlPath()), bytes);
                jsonlDone = true;
            } catch (IOException | RuntimeException e) {
                problems.add("file " + alert.jsonlPath() + ": " + e.getMessage());
            }
        }
        if (!webhookDone) {
            String problem = post(alert, firing.id(), bytes);
            if (problem == null) {
                webhookDone = true;
            } else {
                problems.add("webhook " + alert.webhookUrl() + ": " + problem);
            }
        }
        boolean done = jsonlDone && webhookDone;
        int attempts = firing.attempts() + 1;
        boolean givenUp = !done && attempts >= maxAttempts;
        Instant next = Instant.now().plus(backoff.multipliedBy(1L << Math.min(attempts - 1, 20)));
        alerts.attempted(firing.id(), jsonlDone, webhookDone, problems.isEmpty() ? null : String.join("; ", problems),
                next, givenUp);
        String head = "evident: alert " + alert.name() + ": event " + firing.eventId() + " (" + firing.change() + ")";
        synchronized (log) {
            if (done) {
                log.println(head + ": delivered");
            } else if (givenUp) {
                log.println(head + ": given up after " + attempts + " attempts: " + String.join("; ", problems));
            } else {
                log.println(head + ": attempt " + attempts + " failed (" + String.join("; ", problems)
                        + "); next try in " + Durations.format(Duration.between(Instant.now(), next).truncatedTo(
                                java.time.temporal.ChronoUnit.MILLIS)));
            }
        }
        return done;
    }

    /** Appends one line and forces it to disk before the firing is marked delivered. */
    private static void append(Path file, byte[] line) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.allocate(line.length + 1).put(line).put((byte) '\n').flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** POSTs the body; null when the receiver took it (2xx), else why not. */
    private String post(Alerts.Alert alert, long firingId, byte[] body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(alert.webhookUrl())).timeout(timeout)
                    .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", userAgent)
                    .header(FIRING_HEADER, Long.toString(firingId))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (alert.secret() != null) {
                request.header(SIGNATURE_HEADER, "sha256=" + sign(alert.secret(), body));
            }
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (IOException | IllegalArgumentException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The hex HMAC-SHA256 of the body under the secret: what a receiver computes to check a delivery. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available: " + e.getMessage(), e);
        }
    }
}
