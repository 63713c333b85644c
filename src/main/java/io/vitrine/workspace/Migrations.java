package io.vitrine.workspace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versioned schema migrations: SQL files named {@code V<n>__<what>.sql} under
 * {@code io/vitrine/workspace/migrations/}, listed in order in that folder's {@code index} file
 * (a jar cannot be listed portably). The applied version is kept in {@code PRAGMA user_version}.
 * Versions increase but may skip numbers: each feature owns a range (see the index file).
 */
public final class Migrations {
    static final String FOLDER = "/io/vitrine/workspace/migrations/";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    /** One migration file. */
    public record Migration(int version, String name, String sql) {
    }

    private Migrations() {
    }

    /** All migrations shipped with this build, in order. */
    public static List<Migration> all() {
        List<Migration> result = new ArrayList<>();
        int previous = 0;
        for (String fileName : readLines(FOLDER + "index")) {
            Matcher m = NAME.matcher(fileName);
            if (!m.matches()) {
                throw new IllegalStateException("Migration file name must look like V3__what.sql: " + fileName);
            }
            int version = Integer.parseInt(m.group(1));
            if (version <= previous) {
                throw new IllegalStateException("Migrations out of order in index: " + fileName);
            }
            previous = version;
            result.add(new Migration(version, m.group(2), String.join("\n", readLines(FOLDER + fileName))));
        }
        return result;
    }

    /** The schema version this build creates and understands. */
    public static int latestVersion() {
        List<Migration> all = all();
        return all.isEmpty() ? 0 : all.get(all.size() - 1).version();
    }

    /** Applies every migration newer than the file's version, all in one transaction. */
    static void migrate(Database database) {
        List<Migration> pending = new ArrayList<>();
        int current = database.read(sql -> (int) sql.scalar("PRAGMA user_version"));
        for (Migration migration : all()) {
            if (migration.version() > current) {
                pending.add(migration);
            }
        }
        if (pending.isEmpty()) {
            return;
        }
        database.write(sql -> {
            for (Migration migration : pending) {
                sql.script(migration.sql());
                // user_version cannot be bound as a parameter; the value is our own integer.
                sql.script("PRAGMA user_version = " + migration.version());
            }
            return null;
        });
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!resource.endsWith("index") || !(line.isBlank() || line.startsWith("#"))) {
                        lines.add(resource.endsWith("index") ? line.trim() : line);
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    static void checkSupported(int fileVersion, java.nio.file.Path file) throws SQLException {
        int latest = latestVersion();
        if (fileVersion > latest) {
            throw new WorkspaceException(file.getFileName() + " was saved by a newer version of Vitrine Studio"
                    + " (workspace format " + fileVersion + "; this version understands up to " + latest + ").",
                    "Update Vitrine Studio to open it. The file was not changed.");
        }
    }
}
