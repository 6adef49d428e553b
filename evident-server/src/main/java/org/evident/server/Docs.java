package org.evident.server;

import io.javalin.http.Context;
import java.util.Set;

/** The API's docs page: a static page whose own script lists the operations of openapi.json. */
final class Docs {

    static final String PAGE = "org/evident/server/docs/index.html";
    private static final Set<String> ASSETS = Set.of("docs.js", "docs.css");

    private Docs() {}

    static void asset(Context ctx) {
        String name = ctx.pathParam("asset");
        if (!ASSETS.contains(name) || !StaticFiles.send(ctx, "org/evident/server/docs/" + name)) {
            throw ApiException.notFound("no such docs file: " + Params.clip(name));
        }
    }
}
