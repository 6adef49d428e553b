package org.evident.server;

import io.javalin.Javalin;
import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.evident.store.Alerts;

/**
 * GET /api/alerts/stream: the alerts' firings as server-sent events, live. Each event is named {@code firing}, has
 * the firing's id (a client that reconnects with Last-Event-ID, or ?after=ID, gets what it missed) and the JSON a
 * webhook gets. Without either, a client hears only what fires after it connects. The store is polled once a
 * second while someone listens (firings come from any process that ingests: a watch, an ingest, this server);
 * a comment every 15 seconds keeps idle connections open.
 */
final class AlertStream implements AutoCloseable {

    static final String PATH = "/api/alerts/stream";
    /**
     * The most clients listening at once: each holds one of the server's request threads for as long as it
     * listens, so without a cap a loop of connections would starve the API itself.
     */
    static final int MAX_LISTENERS = 32;
    private static final int HEARTBEAT_TURNS = 15;

    private record Listener(SseClient client, AtomicLong lastId) {}

    private final Alerts alerts;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService pusher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "evident-alert-stream");
        thread.setDaemon(true);
        return thread;
    });
    private int turns;

    AlertStream(Alerts alerts) {
        this.alerts = alerts;
        pusher.scheduleWithFixedDelay(this::push, 1, 1, TimeUnit.SECONDS);
    }

    void register(Javalin app) {
        app.before(PATH, ctx -> {
            if (listeners.size() >= MAX_LISTENERS) {
                throw new ApiException(503, MAX_LISTENERS + " clients already follow the alert stream; try again"
                        + " later", 10L);
            }
        });
        app.sse(PATH, this::connect);
    }

    private void connect(SseClient client) {
        long start = startAfter(client.ctx().header("Last-Event-ID"), client.ctx().queryParam("after"));
        client.keepAlive();
        Listener listener = new Listener(client, new AtomicLong(start));
        // the greeting goes out before the pusher thread knows the client: two threads never write to one stream
        client.sendComment("evident alerts after firing " + start);
        client.onClose(() -> listeners.remove(listener));
        listeners.add(listener);
    }

    /** The firing a client has seen last: the one it names, else the latest (it hears only what comes next). */
    private long startAfter(String lastEventId, String after) {
        for (String given : new String[] {lastEventId, after}) {
            if (given != null && given.strip().matches("\\d{1,18}")) {
                return Long.parseLong(given.strip());
            }
        }
        return alerts.lastFiringId();
    }

    private void push() {
        try {
            if (listeners.isEmpty()) {
                return;
            }
            boolean heartbeat = ++turns % HEARTBEAT_TURNS == 0;
            long oldest = listeners.stream().mapToLong(l -> l.lastId().get()).min().orElse(0);
            List<Alerts.Fired> fired = alerts.firedAfter(oldest, 500);
            for (Listener listener : listeners) {
                if (listener.client().terminated()) {
                    listeners.remove(listener);
                    continue;
                }
                for (Alerts.Fired f : fired) {
                    if (f.id() > listener.lastId().get()) {
                        listener.client().sendEvent("firing", "{\"firing_id\":" + f.id() + "," + f.payload().substring(1),
                                Long.toString(f.id()));
                        listener.lastId().set(f.id());
                    }
                }
                if (heartbeat) {
                    listener.client().sendComment("ping");
                }
            }
        } catch (RuntimeException e) {
            System.err.println("evident-server: the alert stream could not read the store (" + e.getMessage()
                    + "); trying again in a second");
        }
    }

    @Override
    public void close() {
        pusher.shutdownNow();
        for (Listener listener : listeners) {
            listener.client().close();
        }
    }
}
