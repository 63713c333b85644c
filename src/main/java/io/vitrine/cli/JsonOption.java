package io.vitrine.cli;

import io.vitrine.common.Json;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --json} for every command (a picocli mixin): the result as exactly one JSON document on stdout,
 * written by the one mapper (snake_case keys), or as text for a person.
 */
final class JsonOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;
    @Option(names = "--json", description = "Print the result as one JSON document on stdout.")
    boolean enabled;

    boolean enabled() {
        return enabled;
    }

    /** Prints {@code document} as the command's one JSON document. */
    void write(Object document) {
        write(spec.commandLine().getOut(), document);
    }

    /** For commands whose output is always JSON (e.g. {@code platform serve}'s one line). */
    static void write(PrintWriter out, Object document) {
        out.println(Json.write(document));
        out.flush();
    }

    /** Prints {@code document} as JSON when --json was given, else runs {@code text} to print for a person. */
    void print(Object document, Runnable text) {
        if (enabled) {
            write(document);
        } else {
            text.run();
            spec.commandLine().getOut().flush();
        }
    }
}
