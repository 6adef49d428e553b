package org.evident.bench;

import java.util.List;
import org.evident.cli.CommandProvider;
import org.evident.cli.Environment;

/**
 * Adds {@code bench} to the evident command when evident-bench is on the class path (a service named in
 * META-INF/services): bin/evident runs {@code evident bench} there.
 */
public final class BenchCommands implements CommandProvider {

    @Override
    public List<Object> commands(Environment env) {
        return List.of(new BenchCommand(env));
    }
}
