package io.vitrine.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vitrine.common.Json;
import io.vitrine.platform.api.PublicationKind;
import io.vitrine.workspace.Database;
import io.vitrine.workspace.Sql;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Brand links, the event cursor, conflicts, unmatched events and the history of sync rounds. */
final class SyncStateRepository {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final Database database;

    SyncStateRepository(Database database) {
        this.database = database;
    }

    List<LinkedBrand> brands() {
        List<LinkedBrand> brands = database.read(sql -> sql.list("SELECT id, name, handle, platform_brand_id, platform_url"
                + " FROM brand_profile ORDER BY id", SyncStateRepository::brand));
        if (brands.stream().anyMatch(b -> b.platformUrl() != null && !b.platformUrl().equals(withoutUserInfo(b.platformUrl())))
                && !database.readOnly()) {
            forgetUserInfo(brands); // an address saved before such addresses were refused: its password goes now
            return brands();
        }
        return brands;
    }

    private void forgetUserInfo(List<LinkedBrand> brands) {
        database.write(sql -> {
            for (LinkedBrand brand : brands) {
                if (brand.platformUrl() != null) {
                    sql.update("UPDATE brand_profile SET platform_url = ? WHERE id = ?", withoutUserInfo(brand.platformUrl()),
                            brand.id());
                }
            }
            return null;
        });
    }

    /** "https://api.example.com" from "https://user:secret@api.example.com". */
    static String withoutUserInfo(String url) {
        return url.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/@]*@", "$1");
    }

    void link(long brandId, String platformBrandId, String platformUrl) {
        database.write(sql -> sql.update("UPDATE brand_profile SET platform_brand_id = ?, platform_url = ? WHERE id = ?",
                platformBrandId, platformUrl, brandId));
    }

    Optional<String> cursor(long brandId) {
        return database.read(sql -> sql.text("SELECT cursor FROM sync_cursor WHERE brand_id = ?", brandId));
    }

    void advanceCursor(Sql sql, long brandId, String cursor, Instant now) throws SQLException {
        sql.update("INSERT INTO sync_cursor(brand_id, cursor, updated_at) VALUES (?,?,?)"
                + " ON CONFLICT DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at",
                brandId, cursor, now.toString());
    }

    /** Platform id → local id of every post or poll of a brand that is on the platform. */
    Map<String, Long> platformIds(PublicationKind kind, long brandId) {
        String table = kind == PublicationKind.POST ? "post" : "poll";
        return database.read(sql -> {
            Map<String, Long> ids = new HashMap<>();
            sql.forEach("SELECT platform_id, id FROM " + table + " WHERE brand_id = ? AND platform_id IS NOT NULL",
                    row -> ids.put(row.getString(1), row.getLong(2)), brandId);
            return ids;
        });
    }

    void saveUnmatched(Sql sql, long brandId, String eventId, String body, Instant now) throws SQLException {
        sql.update("INSERT OR IGNORE INTO sync_unmatched_event(event_id, brand_id, body, received_at) VALUES (?,?,?,?)",
                eventId, brandId, body, now.toString());
    }


    void saveConflict(Sql sql, PublicationKind kind, long subjectId, String remoteEtag, String remoteBody, Instant now)
            throws SQLException {
        sql.update("INSERT INTO sync_conflict(subject_kind, subject_id, remote_etag, remote_body, detected_at)"
                + " VALUES (?,?,?,?,?) ON CONFLICT DO UPDATE SET remote_etag = excluded.remote_etag,"
                + " remote_body = excluded.remote_body, detected_at = excluded.detected_at",
                Subjects.code(kind), subjectId, remoteEtag, remoteBody, now.toString());
    }

    boolean inConflict(Sql sql, PublicationKind kind, long subjectId) throws SQLException {
        return sql.scalar("SELECT count(*) FROM sync_conflict WHERE subject_kind = ? AND subject_id = ?",
                Subjects.code(kind), subjectId) > 0;
    }

    void deleteConflict(Sql sql, PublicationKind kind, long subjectId) throws SQLException {
        sql.update("DELETE FROM sync_conflict WHERE subject_kind = ? AND subject_id = ?", Subjects.code(kind), subjectId);
    }

    List<Conflict> conflicts() {
        return database.read(sql -> sql.list("SELECT c.subject_kind, c.subject_id, c.remote_etag, c.remote_body,"
                + " c.detected_at, coalesce(p.caption, q.question, '') AS title FROM sync_conflict c"
                + " LEFT JOIN post p ON c.subject_kind = 'post' AND p.id = c.subject_id"
                + " LEFT JOIN poll q ON c.subject_kind = 'poll' AND q.id = c.subject_id ORDER BY c.detected_at",
                row -> new Conflict(Subjects.kind(row.getString(1)), row.getLong(2), row.getString("title"),
                        row.getString(3), row.getString(4), Instant.parse(row.getString(5)))));
    }

    long startRun(Instant now) {
        return database.write(sql -> sql.insert("INSERT INTO sync_run(started_at) VALUES (?)", now.toString()));
    }

    void finishRun(long id, SyncReport report, Instant now) {
        database.write(sql -> sql.update("UPDATE sync_run SET finished_at = ?, pushed = ?, pulled = ?, duplicates = ?,"
                + " conflicts = ?, errors = ?, ok = ? WHERE id = ?", now.toString(), report.pushed(), report.pulled(),
                report.duplicatesIgnored(), report.conflicts(), Json.write(report.errors()), report.ok() ? 1 : 0, id));
    }

    List<SyncRun> recentRuns(int limit) {
        return database.read(sql -> sql.list("SELECT * FROM sync_run WHERE finished_at IS NOT NULL"
                + " ORDER BY id DESC LIMIT ?", SyncStateRepository::run, limit));
    }

    Optional<Instant> lastSuccess() {
        return database.read(sql -> sql.text("SELECT max(finished_at) FROM sync_run WHERE ok = 1")).map(Instant::parse);
    }

    /** Minutes between background syncs; 0 = only when asked. */
    int intervalMinutes(int fallback) {
        return database.read(sql -> sql.text("SELECT value FROM workspace_meta WHERE key = 'sync_interval_minutes'"))
                .map(Integer::parseInt).orElse(fallback);
    }

    void setIntervalMinutes(int minutes) {
        database.write(sql -> sql.update("INSERT INTO workspace_meta(key, value) VALUES ('sync_interval_minutes', ?)"
                + " ON CONFLICT DO UPDATE SET value = excluded.value", Integer.toString(minutes)));
    }

    private static LinkedBrand brand(ResultSet row) throws SQLException {
        return new LinkedBrand(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5));
    }

    private static SyncRun run(ResultSet row) throws SQLException {
        List<String> errors;
        try {
            errors = Json.mapper().readValue(row.getString("errors"), STRINGS);
        } catch (IOException e) {
            errors = List.of(row.getString("errors"));
        }
        return new SyncRun(row.getLong("id"), Instant.parse(row.getString("started_at")),
                Instant.parse(row.getString("finished_at")), row.getInt("pushed"), row.getInt("pulled"),
                row.getInt("duplicates"), row.getInt("conflicts"), errors, row.getInt("ok") == 1);
    }
}
