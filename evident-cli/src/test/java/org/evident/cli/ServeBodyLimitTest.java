package org.evident.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.evident.server.EvidentServer;
import org.evident.server.ServerConfig;
import org.evident.store.Store;
import org.evident.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** evident serve --max-body-bytes sets the limit behind the 413, whose answer names the option. */
class ServeBodyLimitTest {

    private static final String TOKEN = "a-test-token-of-enough-length";

    @Test
    void aBodyOverTheLimitSetOnTheCommandLineIs413NamingTheOption(@TempDir Path dir) throws Exception {
        ServeOptions options = new ServeOptions();
        new CommandLine(options).parseArgs("--port", "0", ServerConfig.MAX_BODY_OPTION, "1000");

        try (Store store = Store.open(StoreLocation.parse(dir.resolve("evident").toString(), null))) {
            EvidentServer server = EvidentServer.start(options.config(TOKEN), store, () -> {
                throw new AssertionError("a body over the limit is refused before extraction");
            });
            try {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + server.port() + "/api/articles"))
                        .header("Content-Type", "text/plain").header("Authorization", "Bearer " + TOKEN)
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString("word ".repeat(400))).build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(answer.statusCode()).isEqualTo(413);
                assertThat(answer.body()).contains("limit of 1000 bytes", ServerConfig.MAX_BODY_OPTION);
            } finally {
                server.close();
            }
        }
    }

    @Test
    void theDefaultIsTheServersAndTheHelpOfServeAndDemoNamesTheOption() {
        ServeOptions options = new ServeOptions();
        new CommandLine(options).parseArgs();
        assertThat(options.config(TOKEN).maxBodyBytes()).isEqualTo(ServerConfig.DEFAULT_MAX_BODY_BYTES);

        for (String command : new String[] {"serve", "demo"}) {
            Cli.Run run = Cli.run(() -> {
                throw new AssertionError("help loads no model");
            }, null, "", command, "--help");
            assertThat(run.out()).as(command).contains(ServerConfig.MAX_BODY_OPTION + "=N");
        }
    }

    @Test
    void aLimitBelowOneIsOneLineNamingTheOption(@TempDir Path dir) {
        Cli.Run run = Cli.run(() -> {
            throw new AssertionError("no model");
        }, null, "", "serve", "--no-pipeline", "--port", "0", "--db", dir.resolve("evident").toString(),
                ServerConfig.MAX_BODY_OPTION, "0");

        assertThat(run.exit()).isEqualTo(Main.NOTHING_READ);
        assertThat(run.err().strip()).isEqualTo("evident: " + ServerConfig.MAX_BODY_OPTION + " must be at least 1, was 0");
    }
}
