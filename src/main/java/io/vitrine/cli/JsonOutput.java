package io.vitrine.cli;

import io.vitrine.common.Json;
import java.io.PrintWriter;

/** Writes a command's result as exactly one JSON document on stdout. */
final class JsonOutput {
    private JsonOutput() {
    }

    static void print(PrintWriter out, Object value) {
        out.println(Json.write(value));
        out.flush();
    }
}
