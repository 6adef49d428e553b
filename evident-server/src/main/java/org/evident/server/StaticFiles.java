package org.evident.server;

import io.javalin.http.Context;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Map;

/**
 * Files from the classpath: the web UI under {@value #WEB}, webjars under /webjars/. Only names with a known
 * extension are served, so folders and class files never are; ".." and other odd segments are refused.
 */
final class StaticFiles {

    /** Where the web UI lives on the classpath; "/" serves its index.html. */
    static final String WEB = "org/evident/server/web/";
    private static final String WEBJARS = "META-INF/resources/webjars/";

    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("map", "application/json; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("webp", "image/webp"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"));

    private StaticFiles() {}

    /** Serves the web UI file the path names, or fails with 404. */
    static void serve(Context ctx) {
        String path = ctx.path();
        if (path.equals("/api") || path.startsWith("/api/")) {
            throw ApiException.notFound("no such endpoint: " + ctx.method() + " " + Params.clip(path)
                    + " (see /api/docs)");
        }
        if (path.endsWith("/")) {
            path += "index.html";
        }
        String name = path.startsWith("/webjars/") ? WEBJARS + path.substring("/webjars/".length())
                : WEB + path.substring(1);
        if (!send(ctx, name)) {
            throw ApiException.notFound("no such file: " + Params.clip(ctx.path()));
        }
    }

    /** Sends the classpath resource {@code name}; false when it is not there or not a servable file. */
    static boolean send(Context ctx, String name) {
        if (name.contains("..") || name.contains("//") || name.contains("\\") || name.contains(":")) {
            return false;
        }
        String type = TYPES.get(extension(name));
        URL url = type == null ? null : StaticFiles.class.getClassLoader().getResource(name);
        if (url == null) {
            return false;
        }
        try {
            InputStream in = url.openStream();
            ctx.contentType(type);
            ctx.header("Cache-Control", "no-cache");
            ctx.result(in);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String extension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
