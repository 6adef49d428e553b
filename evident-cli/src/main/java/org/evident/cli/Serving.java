package org.evident.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.evident.pipeline.Pipeline;
import org.evident.server.EvidentServer;
import org.evident.server.ServerConfig;
import org.evident.store.Store;

/** Runs the HTTP server over an open store until the process is stopped; shared by serve and demo. */
final class Serving {

    /** The token file's name in the data folder. */
    static final String TOKEN_FILE = "server-token";

    private Serving() {}

    /**
     * Starts the server, prints where it listens, and blocks until the process is interrupted (Ctrl-C), then
     * stops the server and closes the store.
     */
    static int serveUntilStopped(Environment env, Store store, ServeOptions options, Path dataDir,
                                 Supplier<Pipeline> pipelines) throws IOException, InterruptedException {
        String token = token(env, options.token, dataDir);
        ServerConfig config = options.config(token);
        EvidentServer server = EvidentServer.start(config, store, pipelines);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "evident-server-stop"));
        String host = options.bind.equals("0.0.0.0") || options.bind.equals("::") ? "localhost" : options.bind;
        env.out().printf("Evident serves %s at http://%s:%d/ (API under /api, its docs at /api/docs). Ctrl-C stops it.%n",
                store.location().jdbcUrl().replaceAll("(?i)(password=)[^&;]*", "$1***"),
                host.contains(":") ? "[" + host + "]" : host, server.port());
        env.out().printf(pipelines == null ? "Read-only: POST /api/articles answers 503.%n"
                : "POST /api/articles ingests; the language models load on the first article posted.%n");
        env.out().printf("evident query, stats, export and ingest work on this store while it serves.%n");
        env.out().flush();
        stopped.await();
        return 0;
    }

    /** A write token shorter than this is refused: a few characters are guessed in a few requests. */
    static final int MIN_TOKEN_LENGTH = 16;

    /** The token given, else the one in the data folder's token file, else a new one saved there and printed. */
    static String token(Environment env, String given, Path dataDir) throws IOException {
        if (given != null && !given.isBlank()) {
            String token = given.strip();
            if (token.length() < MIN_TOKEN_LENGTH) {
                throw new IllegalArgumentException("the write token given (--token or $EVIDENT_TOKEN) has "
                        + token.length() + " characters; it needs at least " + MIN_TOKEN_LENGTH);
            }
            return token;
        }
        Path file = dataDir.resolve(TOKEN_FILE);
        if (Files.isRegularFile(file)) {
            String saved = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!saved.isEmpty()) {
                env.out().printf("Write token: in %s%n", file);
                return saved;
            }
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        Files.createDirectories(dataDir);
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("another process is creating " + file + "; start again", e);
        }
        Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
        env.out().printf("Write token (shown once; kept in %s, readable by you only): %s%n", file, token);
        return token;
    }
}
