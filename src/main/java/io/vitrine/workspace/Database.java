package io.vitrine.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The one data-access helper: a single writer connection (SQLite allows one writer; every write goes
 * through it, serialised, each call one transaction) and a small pool of read-only connections that
 * WAL lets run alongside the writer. Repositories receive a {@link Sql} inside {@code read}/{@code write}.
 * A database opened {@link #openReadOnly read-only} (its folder cannot be written) has no writer: a
 * write says why it cannot happen.
 */
public final class Database implements AutoCloseable {
    private static final int READERS = 4;
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final Connection writer;
    /** Why this database cannot be written, or null when it can. */
    private final String readOnlyReason;
    private final boolean immutable;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> idleReaders = new ArrayBlockingQueue<>(READERS);
    private final List<Connection> allReaders = new ArrayList<>();
    private final ThreadLocal<Sql> currentWrite = new ThreadLocal<>();
    private volatile boolean closed;

    private Database(Path file, Connection writer, String readOnlyReason, boolean immutable) {
        this.file = file;
        this.writer = writer;
        this.readOnlyReason = readOnlyReason;
        this.immutable = immutable;
    }

    /** Opens (creating if needed) a read-write database with the workspace pragmas applied. */
    static Database open(Path file) {
        NativeLibrary.ensureLoaded();
        try {
            return new Database(file, connect(file, false), null, false);
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, e);
        }
    }

    /**
     * Opens a database for reading only, because {@code reason} (its folder cannot be written, say). Without
     * a WAL file beside it the file is read as immutable, so nothing is created next to it.
     */
    static Database openReadOnly(Path file, String reason) {
        NativeLibrary.ensureLoaded();
        return new Database(file, null, reason, !Files.exists(Path.of(file + "-wal")));
    }

    /** True when writes are refused (see {@link #readOnlyReason()}). */
    public boolean readOnly() {
        return writer == null;
    }

    /** Why this database cannot be written, or null. */
    public String readOnlyReason() {
        return readOnlyReason;
    }

    static Connection connect(Path file, boolean readOnly) throws SQLException {
        return connect(file, readOnly, false);
    }

    /**
     * @param immutable read the file as it is on disk, creating no -wal/-shm beside it (only safe when it
     *                  has no WAL file and nothing writes it meanwhile)
     */
    static Connection connect(Path file, boolean readOnly, boolean immutable) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setReadOnly(readOnly);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // FULL: a committed draft survives a power cut, not only a crash.
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        config.setOpenMode(org.sqlite.SQLiteOpenMode.NOMUTEX);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        String url = immutable ? file.toAbsolutePath().toUri() + "?immutable=1" : file.toAbsolutePath().toString();
        Connection connection = config.createConnection("jdbc:sqlite:" + url);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA cache_size = -32768"); // 32 MB page cache, native memory
            if (!readOnly) {
                // Checkpoint every ~40 MB of WAL instead of 4 MB: pages written again and again by a long
                // stream of writes (index and rollup pages during a sync pull) are copied back once, not
                // each time. Measured +20% events/s into a workspace of 5M events (bench/sync-pull.sh).
                statement.execute("PRAGMA wal_autocheckpoint = 10000");
            }
        }
        return connection;
    }

    public Path file() {
        return file;
    }

    /** Runs work on a read-only connection; many reads may run at once, alongside one write. */
    public <T> T read(SqlWork<T> work) {
        Sql inWrite = currentWrite.get();
        if (inWrite != null) {
            return run(inWrite, work); // a read inside a write sees the write's uncommitted rows
        }
        Connection connection = borrowReader();
        try {
            return run(new Sql(connection), work);
        } finally {
            idleReaders.offer(connection);
        }
    }

    /**
     * Runs work as one transaction on the writer connection: all of it lands, or (on any exception)
     * none of it. Nested calls on the same thread join the outer transaction.
     */
    public <T> T write(SqlWork<T> work) {
        Sql outer = currentWrite.get();
        if (outer != null) {
            return run(outer, work);
        }
        ensureOpen();
        ensureWritable();
        writeLock.lock();
        Sql sql = new Sql(writer);
        currentWrite.set(sql);
        try {
            // Driver-managed transaction ("begin immediate" from the config): statements inside run
            // measurably faster than after a manual BEGIN in auto-commit mode. Turning auto-commit back
            // on commits, and leaves no transaction (nor write lock) open between writes.
            writer.setAutoCommit(false);
            T result;
            try {
                result = work.run(sql);
                writer.setAutoCommit(true);
            } catch (Throwable failure) {
                rollbackQuietly(failure);
                throw failure;
            }
            return result;
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, e);
        } finally {
            currentWrite.remove();
            writeLock.unlock();
        }
    }

    /** Runs work on the writer connection outside a transaction (VACUUM, checkpoints, migrations). */
    <T> T withWriterConnection(SqlWork<T> work) {
        ensureOpen();
        ensureWritable();
        writeLock.lock();
        try {
            return work.run(new Sql(writer));
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, e);
        } finally {
            writeLock.unlock();
        }
    }

    private <T> T run(Sql sql, SqlWork<T> work) {
        try {
            return work.run(sql);
        } catch (SQLException e) {
            throw SqliteErrors.translate(file, e);
        }
    }

    private void rollbackQuietly(Throwable failure) {
        try {
            if (!writer.getAutoCommit()) {
                writer.rollback();
                writer.setAutoCommit(true); // commits the empty transaction the driver began after the rollback
            }
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private Connection borrowReader() {
        ensureOpen();
        Connection connection = idleReaders.poll();
        if (connection != null) {
            return connection;
        }
        synchronized (allReaders) {
            if (allReaders.size() < READERS) {
                try {
                    Connection created = connect(file, true, immutable);
                    allReaders.add(created);
                    return created;
                } catch (SQLException e) {
                    throw SqliteErrors.translate(file, e);
                }
            }
        }
        try {
            Connection waited = idleReaders.poll(BUSY_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            if (waited == null) {
                throw new WorkspaceException("The workspace is too busy to read right now.", "Try again in a moment.");
            }
            return waited;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkspaceException("Reading the workspace was interrupted.", "Try again.", e);
        }
    }

    private void ensureWritable() {
        if (writer == null) {
            throw new WorkspaceException("The workspace " + file.getFileName() + " is open read-only: " + readOnlyReason
                    + ". Nothing was changed.", "To change it, copy it to a folder you can write to (workspace backup"
                    + " makes a copy) and open the copy, or fix the folder's permissions.");
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new WorkspaceException("The workspace " + file.getFileName() + " is closed.", "Open it again.");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        writeLock.lock();
        try {
            closed = true;
            synchronized (allReaders) {
                for (Connection reader : allReaders) {
                    closeQuietly(reader);
                }
                allReaders.clear();
            }
            if (writer != null) {
                try (Statement statement = writer.createStatement()) {
                    statement.execute("PRAGMA optimize");
                } catch (SQLException ignored) {
                    // optimisation is best effort on close
                }
                closeQuietly(writer);
            }
        } finally {
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing useful to do when closing fails
        }
    }
}
