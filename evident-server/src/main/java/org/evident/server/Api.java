package org.evident.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.evident.model.Version;
import org.evident.store.Store;

/** The endpoints under /api, each a thin handler over the store. */
final class Api {

    private static final List<String> EVENT_PARAMS = concat(Params.FILTERS, List.of("sort"), Params.PAGING);

    private final Store store;
    private final ArticleIngest ingest;

    Api(Store store, ArticleIngest ingest) {
        this.store = store;
        this.ingest = ingest;
    }

    void register(Javalin app) {
        EvidentServer.read(app, "/api/health", this::health);
        EvidentServer.read(app, "/api/events", this::events);
        EvidentServer.read(app, "/api/events/{id}", this::event);
        EvidentServer.read(app, "/api/articles", this::articles);
        EvidentServer.read(app, "/api/articles/{id}", this::article);
        app.post("/api/articles", ingest::handle);
        EvidentServer.read(app, "/api/stats", this::stats);
        EvidentServer.read(app, "/api/watch", this::watch);
        EvidentServer.read(app, "/api/openapi.json", ctx -> resource(ctx, OpenApi.RESOURCE));
        EvidentServer.read(app, "/api/docs", ctx -> resource(ctx, Docs.PAGE));
        EvidentServer.read(app, "/api/docs/{asset}", Docs::asset);
    }

    private void health(Context ctx) {
        Params.of(ctx, List.of());
        var s = store.stats();
        EvidentServer.json(ctx, new Views.Health("ok", s.articles(), s.records(), s.events(), s.rejected(),
                Version.current(), ingest.writable() ? "on" : "off"));
    }

    private void events(Context ctx) {
        Params p = Params.of(ctx, EVENT_PARAMS);
        int offset = p.offset();
        var query = p.query(p.limit());
        var sort = p.sort();
        EvidentServer.json(ctx, Views.EventPage.of(textQuery(() -> store.events(query, sort, offset))));
    }

    private void event(Context ctx) {
        Params.of(ctx, List.of());
        String raw = ctx.pathParam("id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("an event id is a whole number, was '" + Params.clip(raw) + "'");
        }
        EvidentServer.json(ctx, Views.EventWithRecords.of(store.event(id)
                .orElseThrow(() -> ApiException.notFound("no event " + id))));
    }

    private void articles(Context ctx) {
        Params p = Params.of(ctx, Params.PAGING);
        EvidentServer.json(ctx, Views.ArticlePage.of(store.articles(p.offset(), p.limit())));
    }

    private void article(Context ctx) {
        Params.of(ctx, List.of());
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9a-f]{16}")) {
            throw ApiException.badRequest("an article id is 16 hex digits (its content hash), was '"
                    + Params.clip(id) + "'");
        }
        EvidentServer.json(ctx, Views.ArticleWithBody.of(store.article(id)
                .orElseThrow(() -> ApiException.notFound("no article " + id))));
    }

    private void stats(Context ctx) {
        Params p = Params.of(ctx, Params.FILTERS);
        var query = p.query(1);
        EvidentServer.json(ctx, Views.StatsView.of(textQuery(() -> store.eventStats(query)), store.stats()));
    }

    private void watch(Context ctx) {
        Params.of(ctx, List.of());
        EvidentServer.json(ctx, Views.Watch.of(store.watchLedger().sources(), store.alerts().counts()));
    }

    /** Runs a store query; a text query Lucene cannot parse or run is the client's error, named as q. */
    private static <T> T textQuery(java.util.function.Supplier<T> run) {
        try {
            return run.get();
        } catch (IllegalArgumentException e) {
            String reason = e.getMessage() == null ? "bad query" : e.getMessage().replaceAll("\\s+", " ");
            throw ApiException.badRequest("q: " + (reason.length() <= 300 ? reason : reason.substring(0, 300) + "…"));
        }
    }

    private static void resource(Context ctx, String name) {
        if (!StaticFiles.send(ctx, name)) {
            throw new IllegalStateException(name + " is missing from the classpath");
        }
    }

    private static List<String> concat(List<String> a, List<String> b, List<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return List.copyOf(all);
    }
}
