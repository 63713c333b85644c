package io.vitrine.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteJDBCLoader;

/**
 * SQLite's engine is a native library that sqlite-jdbc unpacks into the temporary folder before the first
 * workspace opens. When that folder is full, missing or read-only, the driver logs stack traces and the
 * failure surfaces as a workspace error; this loads it first and, if it cannot, names the temporary folder.
 */
final class NativeLibrary {
    /** Held strongly: java.util.logging forgets loggers nobody references, and with them their level. */
    private static final Logger DRIVER_LOG = Logger.getLogger("org.sqlite");
    private static final long LOW_SPACE_BYTES = 16L * 1024 * 1024;
    private static boolean loaded;

    private NativeLibrary() {
    }

    static synchronized void ensureLoaded() {
        if (loaded) {
            return;
        }
        Level before = DRIVER_LOG.getLevel();
        DRIVER_LOG.setLevel(Level.OFF); // its traces would only repeat, less clearly, what we say below
        try {
            SQLiteJDBCLoader.initialize();
            loaded = true;
        } catch (Exception | UnsatisfiedLinkError e) {
            throw cannotUnpack(e);
        } finally {
            DRIVER_LOG.setLevel(before);
        }
    }

    private static WorkspaceException cannotUnpack(Throwable cause) {
        Path folder = Path.of(System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir")));
        return new WorkspaceException("The studio could not prepare its database engine: the temporary folder " + folder
                + " " + problemWith(folder) + ". No workspace was opened or changed.",
                "Free some space in " + folder + " (or make it writable), or give the studio another temporary folder:"
                        + " VITRINE_JAVA_OPTS=\"-Djava.io.tmpdir=/path/to/folder\".", cause);
    }

    static String problemWith(Path folder) {
        if (!Files.isDirectory(folder)) {
            return "does not exist";
        }
        if (!Files.isWritable(folder)) {
            return "cannot be written";
        }
        try {
            if (Files.getFileStore(folder).getUsableSpace() < LOW_SPACE_BYTES) {
                return "is full";
            }
        } catch (IOException e) {
            return "cannot be used";
        }
        return "is full or cannot be written";
    }
}
