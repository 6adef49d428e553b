package org.evident.cli;

import org.evident.server.ServerConfig;
import picocli.CommandLine.Option;

/** How evident serve and evident demo listen. */
final class ServeOptions {

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only; 0.0.0.0: every interface).")
    String bind;

    @Option(names = "--token", paramLabel = "T", defaultValue = "${env:EVIDENT_TOKEN}",
            description = {"Bearer token that writes need, at least 16 characters (default $EVIDENT_TOKEN; else one",
                "generated at first start, kept in the data folder's server-token file, readable by its owner",
                "only). Prefer $EVIDENT_TOKEN: a command line shows in ps to every local user."})
    String token;

    @Option(names = "--open-reads", description = "Let clients on other hosts read without the token.")
    boolean openReads;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "50",
            description = {"Requests a second allowed to one client address, bursts to twice that",
                "(default ${DEFAULT-VALUE}; 0: no limit)."})
    int rateLimit;

    @Option(names = ServerConfig.MAX_BODY_OPTION, paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_MAX_BODY_BYTES,
            description = {"Largest request body accepted, in bytes (default ${DEFAULT-VALUE}); a larger one, such as",
                "a longer article posted, is answered 413."})
    long maxBodyBytes;

    /** How the server listens, with the write token {@code token}. */
    ServerConfig config(String token) {
        return new ServerConfig(bind, port, token, openReads, rateLimit, maxBodyBytes);
    }
}
