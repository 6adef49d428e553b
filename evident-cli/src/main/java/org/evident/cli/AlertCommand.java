package org.evident.cli;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.evident.model.Json;
import org.evident.store.Alerts;
import org.evident.store.Store;
import org.evident.watch.AlertDelivery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** evident alert: saved searches that tell the analyst when an event they match is created or changes. */
@Command(name = "alert", mixinStandardHelpOptions = true,
        description = {
            "Saved searches, stored in the database, that fire when an event they match is created or changes (a new",
            "source, a revised toll, a new status); each firing says what changed and goes to a JSON Lines file",
            "and/or a webhook (POST, signed with HMAC-SHA256 in " + AlertDelivery.SIGNATURE_HEADER + ").",
            "Alerts are checked by every ingest and watch; watch delivers them."},
        subcommands = {AlertCommand.Add.class, AlertCommand.ListAlerts.class, AlertCommand.Remove.class,
            AlertCommand.Deliver.class})
final class AlertCommand implements Runnable {

    /** Delivery attempts per firing before it is given up. */
    static final int MAX_ATTEMPTS = 8;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Saves a search under a name: the same filters as evident query, and where its firings go.",
                "An event that already matches fires at its next change. --text is tested on the words of the article",
                "that starts or joins an event; once an event has fired, its changes fire whatever the words of later articles."})
    static final class Add implements Callable<Integer> {
        private final Environment env;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The alert's name, e.g. syria-mass-casualty.")
        String name;

        @Mixin
        Filters filters;

        @Option(names = "--jsonl", paramLabel = "FILE", description = "Append one JSON line per firing to this file.")
        String jsonl;

        @Option(names = "--webhook", paramLabel = "URL", description = "POST each firing's JSON to this URL.")
        String webhook;

        @Option(names = "--secret", paramLabel = "KEY", defaultValue = "${env:EVIDENT_ALERT_SECRET}",
                description = "Key of the webhook's HMAC-SHA256 signature (default: $EVIDENT_ALERT_SECRET; none: unsigned).")
        String secret;

        @Mixin
        StoreOptions storeOptions;

        Add(Environment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            if (webhook != null && !webhook.matches("(?i)https?://.+")) {
                env.err().println("evident: --webhook must be an http(s) URL, was " + webhook);
                return Main.NOTHING_READ;
            }
            try (Store store = storeOptions.open()) {
                // absolute: firings are delivered by whichever watch or deliver runs, from its own directory
                String jsonlPath = jsonl == null ? null : java.nio.file.Path.of(jsonl).toAbsolutePath().toString();
                Alerts.Alert alert = store.alerts().add(name, filters.toQuery(1), jsonlPath, webhook,
                        secret == null || secret.isBlank() ? null : secret);
                env.out().println("alert " + alert.name() + " saved: " + describe(alert));
            } catch (IllegalArgumentException e) {
                env.err().println("evident: " + e.getMessage());
                return Main.NOTHING_READ;
            }
            env.out().flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the alerts with their filters, destinations and firings.")
    static final class ListAlerts implements Callable<Integer> {
        private final Environment env;

        @Mixin
        StoreOptions storeOptions;

        ListAlerts(Environment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                List<Alerts.Alert> alerts = store.alerts().list();
                Map<String, int[]> counts = store.alerts().counts();
                if (alerts.isEmpty()) {
                    env.out().println("no alerts");
                }
                for (Alerts.Alert alert : alerts) {
                    int[] n = counts.getOrDefault(alert.name(), new int[4]);
                    env.out().printf("%s: %s; fired %d, delivered %d, pending %d, given up %d%n", alert.name(),
                            describe(alert), n[0], n[1], n[2], n[3]);
                }
            }
            env.out().flush();
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes an alert and its firings.")
    static final class Remove implements Callable<Integer> {
        private final Environment env;

        @Parameters(paramLabel = "NAME", description = "The alert's name.")
        String name;

        @Mixin
        StoreOptions storeOptions;

        Remove(Environment env) {
            this.env = env;
        }

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                if (!store.alerts().remove(name)) {
                    env.err().println("evident: no alert named " + name);
                    return Main.NOTHING_READ;
                }
            }
            env.out().println("alert " + name + " removed");
            env.out().flush();
            return 0;
        }
    }

    @Command(name = "deliver", mixinStandardHelpOptions = true,
            description = "Delivers the firings waiting in the store (those of evident ingest, or of a watch that stopped), then exits.")
    static final class Deliver implements Callable<Integer> {
        private final Environment env;

        @Option(names = "--backoff", paramLabel = "INTERVAL", defaultValue = "2s",
                description = "Wait before a failed delivery is tried again; each further wait doubles (default ${DEFAULT-VALUE}).")
        String backoff;

        @Mixin
        StoreOptions storeOptions;

        Deliver(Environment env) {
            this.env = env;
        }

        @Override
        public Integer call() throws InterruptedException {
            Duration wait;
            try {
                wait = org.evident.watch.Durations.parse(backoff);
            } catch (IllegalArgumentException e) {
                env.err().println("evident: --backoff: " + e.getMessage());
                return Main.NOTHING_READ;
            }
            try (Store store = storeOptions.open()) {
                int[] before = totals(store);
                new AlertDelivery(store.alerts(), WatchCommand.defaultUserAgent(), Duration.ofSeconds(30), wait,
                        MAX_ATTEMPTS, env.err()).drain(Duration.ofSeconds(30), () -> false);
                int[] after = totals(store);
                // partial when this run left firings undelivered: still pending, or given up now (not in the past)
                return after[2] > 0 || after[3] > before[3] ? Main.PARTIAL : 0;
            }
        }

        /** {fired, delivered, pending, given up} over all alerts. */
        private static int[] totals(Store store) {
            return store.alerts().counts().values().stream()
                    .reduce(new int[4], (a, b) -> new int[] {a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]});
        }
    }

    /** "ASSAULT, country SYR, at least 10 dead → alerts.jsonl, https://…" */
    static String describe(Alerts.Alert alert) {
        com.fasterxml.jackson.databind.node.ObjectNode filters = Json.mapper().valueToTree(alert.query());
        filters.remove("limit");
        List<String> set = new java.util.ArrayList<>();
        filters.fields().forEachRemaining(f -> {
            if (!f.getValue().isNull()) {
                set.add(f.getKey() + "=" + (f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString()));
            }
        });
        List<String> to = new java.util.ArrayList<>();
        if (alert.jsonlPath() != null) {
            to.add(alert.jsonlPath());
        }
        if (alert.webhookUrl() != null) {
            to.add(alert.webhookUrl() + (alert.secret() != null ? " (signed)" : ""));
        }
        return (set.isEmpty() ? "every event" : String.join(" ", set)) + " → " + String.join(", ", to);
    }
}
