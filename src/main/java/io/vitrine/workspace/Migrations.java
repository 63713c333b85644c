package io.vitrine.workspace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versioned schema migrations: SQL files named {@code V<n>__<what>.sql} under
 * {@code io/vitrine/workspace/migrations/}, listed in order in that folder's {@code index} file
 * (a jar cannot be listed portably). Versions increase in the index but may skip numbers: each feature owns a
 * range (see the index file). The applied ones are recorded in {@code schema_migration}.
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

    /**
     * Applies every shipped migration the workspace has not had yet, in index order, all in one transaction.
     * Which ones it had is kept in {@code schema_migration}, not only as a high-water mark: features own
     * version ranges, so a later build may ship V11 after a workspace already reached V41, and V11 must
     * still run there. {@code PRAGMA user_version} keeps the highest applied version, for older builds.
     */
    static void migrate(Database database) {
        database.write(sql -> {
            Set<Integer> applied = applied(sql);
            for (Migration migration : all()) {
                if (!applied.contains(migration.version())) {
                    sql.script(migration.sql());
                    sql.update("INSERT INTO schema_migration(version, name, applied_at) VALUES (?, ?, ?)",
                            migration.version(), migration.name(), java.time.Instant.now());
                }
            }
            // user_version cannot be bound as a parameter; the value is our own integer.
            sql.script("PRAGMA user_version = " + latestVersion());
            return null;
        });
    }

    /** True when the workspace lacks a migration this build ships (a cheap check before taking the write lock). */
    static boolean needsMigration(Database database) {
        return database.read(sql -> {
            if (sql.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'schema_migration'") == 0) {
                return true;
            }
            long known = sql.scalar("SELECT count(*) FROM schema_migration");
            return known < all().size();
        });
    }

    /** The versions already applied; creates the record the first time, from what older builds applied in order. */
    private static Set<Integer> applied(Sql sql) throws SQLException {
        if (sql.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'schema_migration'") == 0) {
            int reached = (int) sql.scalar("PRAGMA user_version");
            sql.script("CREATE TABLE schema_migration (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            for (Migration migration : all()) {
                if (BEFORE_THE_RECORD.contains(migration.version()) && migration.version() <= reached) {
                    sql.update("INSERT INTO schema_migration(version, name, applied_at) VALUES (?, ?, ?)",
                            migration.version(), migration.name(), "before-record");
                }
            }
        }
        Set<Integer> applied = new HashSet<>(sql.list("SELECT version FROM schema_migration", row -> row.getInt(1)));
        Set<Integer> shipped = new HashSet<>();
        all().forEach(m -> shipped.add(m.version()));
        if (!shipped.containsAll(applied)) {
            throw new WorkspaceException("This workspace was changed by a newer version of Vitrine Studio"
                    + " (it has schema changes this version does not know).", "Update Vitrine Studio to open it.");
        }
        return applied;
    }

    /** The migrations builds applied in plain version order, before {@code schema_migration} existed. */
    private static final Set<Integer> BEFORE_THE_RECORD = Set.of(1, 10, 20, 40, 41);

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
