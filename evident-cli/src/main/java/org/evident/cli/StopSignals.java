package org.evident.cli;

import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGTERM and SIGINT (Ctrl-C) as a request to stop rather than an exit: the JVM's own handling would run the exit
 * hooks at once, and H2's closes the database under the article being saved. The first signal runs the stop
 * action and the command ends by itself; a second exits at once. Closing puts the JVM's handling back.
 */
final class StopSignals implements AutoCloseable {

    private record Installed(Signal signal, SignalHandler previous) {}

    private final List<Installed> installed;

    private StopSignals(List<Installed> installed) {
        this.installed = installed;
    }

    static StopSignals install(Runnable stop) {
        List<Installed> installed = new ArrayList<>();
        boolean[] asked = {false};
        SignalHandler handler = signal -> {
            synchronized (asked) {
                if (asked[0]) {
                    new Thread(() -> System.exit(128 + signal.getNumber()), "evident-exit").start();
                    return;
                }
                asked[0] = true;
            }
            stop.run();
        };
        for (String name : List.of("TERM", "INT")) {
            try {
                Signal signal = new Signal(name);
                installed.add(new Installed(signal, Signal.handle(signal, handler)));
            } catch (IllegalArgumentException e) {
                // a platform without this signal (or one the JVM keeps for itself): the JVM's handling stays
            }
        }
        return new StopSignals(installed);
    }

    @Override
    public void close() {
        for (Installed i : installed) {
            Signal.handle(i.signal(), i.previous());
        }
    }
}
