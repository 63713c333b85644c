package io.vitrine.catalog;

import io.vitrine.common.Json;
import io.vitrine.workspace.Database;
import io.vitrine.workspace.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The import history: one row per run, completed or not, with its full report. */
public final class ImportRunRepository {
    private final Database database;

    public ImportRunRepository(Database database) {
        this.database = database;
    }

    static long record(Sql sql, Long sourceId, ImportReport report, Instant started, Instant finished) throws SQLException {
        return sql.insert("INSERT INTO import_run (source_id, file_name, format, started_at, finished_at, status, read, added,"
                + " updated, unchanged, removed, rejected, warnings, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                sourceId, report.file(), report.format() == null ? "unknown" : report.format().code(), started, finished,
                report.status(), report.read(), report.imported(), report.updated(), report.unchanged(), report.removed(),
                report.rejected(), report.warnings(), Json.write(report));
    }

    /** The newest runs first. */
    public List<ImportRun> recent(int limit) {
        return database.read(sql -> sql.list("SELECT r.*, s.name AS source_name FROM import_run r"
                + " LEFT JOIN catalog_source s ON s.id = r.source_id ORDER BY r.id DESC LIMIT ?", ImportRunRepository::run, limit));
    }

    /** The full report of one run (rejected rows and warnings included). */
    public Optional<ImportReport> report(long runId) {
        return database.read(sql -> sql.text("SELECT report FROM import_run WHERE id = ?", runId))
                .map(json -> Json.read(json, ImportReport.class).withRunId(runId));
    }

    private static ImportRun run(ResultSet row) throws SQLException {
        String finished = row.getString("finished_at");
        return new ImportRun(row.getLong("id"), row.getString("source_name"), row.getString("file_name"),
                row.getString("format"), Instant.parse(row.getString("started_at")),
                finished == null ? null : Instant.parse(finished), row.getString("status"), row.getLong("read"),
                row.getLong("added"), row.getLong("updated"), row.getLong("unchanged"), row.getLong("removed"),
                row.getLong("rejected"), row.getLong("warnings"));
    }
}
