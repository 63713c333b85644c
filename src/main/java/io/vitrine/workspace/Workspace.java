package io.vitrine.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code .vitrine} file: a SQLite database in WAL mode with our application id and schema.
 * Opening checks the file before touching it, so a foreign, damaged or newer file is refused
 * with a clear message and left exactly as it was. Several processes may open the same workspace
 * (the app and a CLI sync, say): WAL and the busy timeout make that safe.
 */
public final class Workspace implements AutoCloseable {
    public static final String EXTENSION = ".vitrine";
    /** "VITR": marks a SQLite file as ours (PRAGMA application_id). */
    static final int APPLICATION_ID = 0x56495452;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Database database;

    private Workspace(Database database) {
        this.database = database;
    }

    /** Creates a new, empty workspace; refuses to overwrite an existing file. */
    public static Workspace create(Path file, String name) {
        if (Files.exists(file)) {
            throw new WorkspaceException(file + " already exists.",
                    "Choose another name, or open the existing workspace instead.");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new WorkspaceException("Cannot create the folder for " + file + ".",
                    "Check that you may write there, or choose another location.", e);
        }
        Database database = Database.open(file);
        try {
            database.withWriterConnection(sql -> {
                sql.script("PRAGMA application_id = " + APPLICATION_ID);
                return null;
            });
            Migrations.migrate(database);
            Workspace workspace = new Workspace(database);
            workspace.meta().put(WorkspaceMeta.NAME, name == null || name.isBlank() ? baseNameOf(file) : name.strip());
            workspace.meta().put(WorkspaceMeta.CREATED_AT, Instant.now().toString());
            return workspace;
        } catch (RuntimeException e) {
            database.close();
            deleteFiles(file);
            throw e;
        }
    }

    /** Deletes a workspace file with its WAL and shared-memory companions (best effort). */
    public static void deleteFiles(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException ignored) {
                // best effort: a leftover file is reported when the user tries again
            }
        }
    }

    /**
     * Opens an existing workspace, upgrading its schema if it is older than this build's. A workspace whose file
     * or folder cannot be written (a read-only share, a CD, someone else's folder) opens read-only: it can be
     * read, and every change says why it cannot be made.
     */
    public static Workspace open(Path file) {
        inspect(file);
        String readOnly = readOnlyReason(file);
        if (readOnly != null) {
            return openReadOnly(file, readOnly);
        }
        Database database = Database.open(file);
        try {
            if (Migrations.needsMigration(database)) {
                Migrations.migrate(database);
            }
            return new Workspace(database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static Workspace openReadOnly(Path file, String reason) {
        Database database = Database.openReadOnly(file, reason);
        if (Migrations.needsMigration(database)) {
            database.close();
            throw new WorkspaceException(file.getFileName() + " was saved by an older version of Vitrine Studio and must be"
                    + " upgraded before it can be opened, but " + reason + ".",
                    "Copy it to a folder you can write to and open the copy. The file was not changed.");
        }
        return new Workspace(database);
    }

    /** Why a workspace cannot be written here (SQLite writes a -wal and -shm file beside it), or null when it can. */
    static String readOnlyReason(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isWritable(folder)) {
            return "its folder " + folder + " cannot be written";
        }
        if (!Files.isWritable(file)) {
            return "the file itself cannot be written";
        }
        return null;
    }

    /** True when this workspace was opened read-only; {@link Database#readOnlyReason()} says why. */
    public boolean readOnly() {
        return database.readOnly();
    }

    /**
     * Checks, without writing anything, that a file is a workspace this build can open; returns its schema
     * version. Nothing is created beside the file (a workspace without a WAL file is read as immutable).
     */
    static int inspect(Path file) {
        if (!Files.exists(file)) {
            throw new WorkspaceException(file + " does not exist.", "Check the path, or create a new workspace.");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new WorkspaceException(file + " is not a readable file.", "Check the path and its permissions.");
        }
        if (!hasSqliteHeader(file)) {
            throw notAWorkspace(file, null);
        }
        NativeLibrary.ensureLoaded();
        try (Connection probe = Database.connect(file, true, !Files.exists(Path.of(file + "-wal")))) {
            Sql sql = new Sql(probe);
            long applicationId = sql.scalar("PRAGMA application_id");
            if (applicationId != APPLICATION_ID) {
                throw notAWorkspace(file, null);
            }
            sql.scalar("SELECT count(*) FROM sqlite_schema"); // reads the schema pages: catches damage early
            int version = (int) sql.scalar("PRAGMA user_version");
            Migrations.checkSupported(version, file);
            return version;
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, e);
        }
    }

    private static boolean hasSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(SQLITE_HEADER.length);
            return Arrays.equals(header, SQLITE_HEADER);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot read " + file + ".", "Check that the file is readable.", e);
        }
    }

    private static WorkspaceException notAWorkspace(Path file, Throwable cause) {
        return new WorkspaceException(file.getFileName() + " is not a Vitrine workspace.",
                "Open a .vitrine file made by Vitrine Studio, or create a new workspace. The file was not changed.",
                cause);
    }

    /** The file name without the .vitrine extension. */
    public static String baseNameOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }

    public Database database() {
        return database;
    }

    public Path file() {
        return database.file();
    }

    public WorkspaceMeta meta() {
        return new WorkspaceMeta(database);
    }

    /** The name shown in the window title. */
    public String name() {
        return meta().get(WorkspaceMeta.NAME).orElse(baseNameOf(file()));
    }

    public int schemaVersion() {
        return database.read(sql -> (int) sql.scalar("PRAGMA user_version"));
    }

    /** Schema version and the number of rows in each table. */
    public WorkspaceInfo info() {
        Map<String, Long> counts = database.read(sql -> {
            Map<String, Long> result = new LinkedHashMap<>();
            for (String table : sql.list("SELECT name FROM pragma_table_list WHERE schema = 'main'"
                    + " AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", row -> row.getString(1))) {
                // Table names come from SQLite's own catalogue, never from user input.
                result.put(table, sql.scalar("SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\""));
            }
            return result;
        });
        long bytes;
        try {
            bytes = Files.size(file());
        } catch (IOException e) {
            bytes = -1;
        }
        return new WorkspaceInfo(file().toAbsolutePath().toString(), name(), schemaVersion(), bytes, counts,
                database.readOnlyReason());
    }

    /**
     * Writes a consistent, compacted copy of the workspace to {@code target} while it stays open (readers and
     * the writer may continue); refuses to overwrite. The copy is written under a temporary name in the
     * target's folder and moved into place only once it opens, so a full disk or a failure leaves nothing
     * behind (no empty file to block the next try).
     */
    public void backupTo(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new WorkspaceException(target + " already exists.", "Choose a new file name for the backup.");
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new WorkspaceException("The folder " + folder + " does not exist.", "Create it or choose another folder.");
        }
        if (!Files.isWritable(folder)) {
            throw SqliteErrors.backupRefused(absolute, "the folder " + folder + " cannot be written");
        }
        Path partial = folder.resolve("." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
        try {
            database.read(sql -> {
                sql.update("VACUUM INTO ?", partial.toString());
                return null;
            });
            inspect(partial); // prove the copy opens
            Files.move(partial, absolute);
        } catch (WorkspaceException e) {
            deleteFiles(partial);
            throw e.getCause() instanceof SQLException failure ? SqliteErrors.backupFailed(absolute, failure) : e;
        } catch (IOException e) {
            deleteFiles(partial);
            throw SqliteErrors.backupRefused(absolute, Files.exists(absolute) ? absolute + " appeared meanwhile"
                    : "it could not be moved into place (" + e.getClass().getSimpleName() + ")");
        }
    }

    public Optional<String> metaValue(String key) {
        return meta().get(key);
    }

    @Override
    public void close() {
        database.close();
    }
}
