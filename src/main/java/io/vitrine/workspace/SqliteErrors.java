package io.vitrine.workspace;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Translates SQLite failures into messages a person can act on. */
final class SqliteErrors {
    private SqliteErrors() {
    }

    /** A backup that could not be written, naming where it was going (not the workspace it copies). */
    static WorkspaceException backupFailed(Path target, SQLException e) {
        Path folder = target.getParent();
        SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
        int primary = code == null ? e.getErrorCode() : code.code & 0xff;
        return switch (primary) {
            case 13 -> new WorkspaceException("The backup " + target + " was not written: the disk holding " + folder
                    + " is full. Nothing was left there.", "Free some space there, or back up to another disk.", e);
            case 3, 8, 14, 23 -> backupRefused(target, "the folder " + folder + " cannot be written");
            case 10 -> new WorkspaceException("The backup " + target + " was not written: the disk holding " + folder
                    + " reported an error (it may be full, removed, or limit the size of files). Nothing was left there.",
                    "Check that disk, or back up to another one.", e);
            default -> new WorkspaceException("The backup " + target + " was not written: the disk or folder refused it"
                    + " (SQLite error " + primary + "). Nothing was left there.",
                    "Try another folder; the workspace itself is unchanged.", e);
        };
    }

    static WorkspaceException backupRefused(Path target, String why) {
        return new WorkspaceException("The backup " + target + " was not written: " + why + ". Nothing was left there.",
                "Choose a folder you can write to; the workspace itself is unchanged.");
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
