package io.vitrine.workspace;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Translates SQLite failures into messages a person can act on. */
final class SqliteErrors {
    private SqliteErrors() {
    }

    static WorkspaceException translate(Path file, SQLException e) {
        String name = file.getFileName().toString();
        SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
        int primary = code == null ? e.getErrorCode() : code.code & 0xff;
        switch (primary) {
            case 5, 6 -> { // SQLITE_BUSY, SQLITE_LOCKED
                return new WorkspaceException("The workspace " + name + " is busy: another program is writing to it.",
                        "Wait a moment and try again, or close the other program using it.", e);
            }
            case 11, 26 -> { // SQLITE_CORRUPT, SQLITE_NOTADB
                return new WorkspaceException(name + " is not a Vitrine workspace or it is damaged.",
                        "Open a different file, or restore it from a backup (File ▸ Back Up Workspace makes one).", e);
            }
            case 13 -> { // SQLITE_FULL
                return new WorkspaceException("The disk holding " + name + " is full; nothing was saved.",
                        "Free some disk space and try again.", e);
            }
            case 8, 14 -> { // SQLITE_READONLY, SQLITE_CANTOPEN
                return new WorkspaceException("Vitrine cannot write to " + file + ".",
                        "Check that the folder exists and that you have permission to write there.", e);
            }
            case 10 -> { // SQLITE_IOERR
                return new WorkspaceException("The disk reported an error while using " + name + ".",
                        "Check the drive (is it removable or a network share that went away?) and try again.", e);
            }
            default -> {
                return new WorkspaceException("The workspace " + name + " reported an error: " + e.getMessage(),
                        "If this keeps happening, back up the workspace and report the problem.", e);
            }
        }
    }
}
