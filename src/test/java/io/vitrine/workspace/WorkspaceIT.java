package io.vitrine.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workspace files on a real SQLite file: create, reopen, refuse what is not ours, back up while open. */
class WorkspaceIT {
    @TempDir
    Path dir;

    @Test
    void createsAtLatestSchemaWithWalAndForeignKeys() {
        Path file = dir.resolve("shop.vitrine");
        try (Workspace workspace = Workspace.create(file, "Shop")) {
            assertThat(workspace.schemaVersion()).isEqualTo(Migrations.latestVersion()).isPositive();
            assertThat(workspace.name()).isEqualTo("Shop");
            assertThat(workspace.database().<java.util.Optional<String>>read(sql -> sql.text("PRAGMA journal_mode"))).contains("wal");
            assertThat(workspace.database().<Long>write(sql -> sql.scalar("PRAGMA foreign_keys"))).isEqualTo(1L);
            assertThat(workspace.info().tables()).containsKeys("catalog_item", "post", "poll", "engagement_event");
        }
    }

    @Test
    void reopensAndKeepsData() {
        Path file = dir.resolve("shop.vitrine");
        try (Workspace workspace = Workspace.create(file, null)) {
            workspace.meta().put("k", "v");
        }
        try (Workspace workspace = Workspace.open(file)) {
            assertThat(workspace.metaValue("k")).contains("v");
            assertThat(workspace.name()).isEqualTo("shop");
        }
    }

    @Test
    void migratesAnEmptyVersionZeroWorkspace() throws Exception {
        Path file = dir.resolve("old.vitrine");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + Workspace.APPLICATION_ID);
            s.execute("CREATE TABLE placeholder(x)"); // a file SQLite really writes
        }
        try (Workspace workspace = Workspace.open(file)) {
            assertThat(workspace.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(workspace.info().tables()).containsKey("workspace_meta");
        }
    }

    @Test
    void appliesAMigrationOfAnEarlierRangeToAWorkspaceThatIsAlreadyPastIt() throws Exception {
        Path file = dir.resolve("old-build.vitrine");
        try (Workspace workspace = Workspace.create(file, null)) {
            workspace.database().withWriterConnection(sql -> { // as a build before V4 and schema_migration left it
                sql.script("DROP TRIGGER campaign_delete_touches_members");
                for (String trigger : List.of("post_deleted_rollups", "poll_deleted_rollups", "post_campaign_moved_rollups",
                        "poll_campaign_moved_rollups", "campaign_deleted_rollups")) {
                    sql.script("DROP TRIGGER " + trigger);
                }
                for (String table : List.of("insights_zone", "insights_daily", "insights_hourly", "insights_segment_daily",
                        "insights_item_daily", "insights_campaign_move")) {
                    sql.script("DROP TABLE " + table); // what V42 made, so it runs again as on a V41 workspace
                }
                sql.script("DROP TABLE schema_migration");
                sql.script("PRAGMA user_version = 41");
                return null;
            });
        }
        try (Workspace workspace = Workspace.open(file)) {
            assertThat(workspace.database().<Long>read(sql -> sql.scalar(
                    "SELECT count(*) FROM sqlite_schema WHERE name = 'campaign_delete_touches_members'"))).isEqualTo(1L);
            assertThat(workspace.database().<java.util.List<Integer>>read(sql -> sql.list(
                    "SELECT version FROM schema_migration ORDER BY version", row -> row.getInt(1))))
                    .containsExactlyElementsOf(Migrations.all().stream().map(Migrations.Migration::version).toList());
        }
    }

    @Test
    void refusesAWorkspaceFromANewerVersionWithoutTouchingIt() throws Exception {
        Path file = dir.resolve("future.vitrine");
        try (Workspace workspace = Workspace.create(file, null)) {
            workspace.database().withWriterConnection(sql -> {
                sql.script("PRAGMA user_version = 999");
                return null;
            });
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("newer version")
                .hasMessageContaining("999");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void refusesAFileThatIsNotAWorkspaceAndLeavesItUnchanged() throws IOException {
        Path text = dir.resolve("notes.vitrine");
        Files.writeString(text, "these are my notes, not a database");
        assertThatThrownBy(() -> Workspace.open(text))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("not a Vitrine workspace");
        assertThat(Files.readString(text)).isEqualTo("these are my notes, not a database");
        assertThat(dir.resolve("notes.vitrine-wal")).doesNotExist();
    }

    @Test
    void refusesSomeoneElsesSqliteDatabase() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(x)");
        }
        byte[] before = Files.readAllBytes(other);
        assertThatThrownBy(() -> Workspace.open(other)).hasMessageContaining("not a Vitrine workspace");
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
    }

    @Test
    void reportsACorruptWorkspaceClearly() throws Exception {
        Path file = dir.resolve("broken.vitrine");
        try (Workspace workspace = Workspace.create(file, null)) {
            workspace.database().withWriterConnection(sql -> {
                sql.script("PRAGMA wal_checkpoint(TRUNCATE)");
                return null;
            });
        }
        // Keep the header (first 100 bytes) and smash the schema page.
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(100);
            byte[] junk = new byte[4000];
            Arrays.fill(junk, (byte) 0x5A);
            raw.write(junk);
        }
        assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void refusesToCreateOverAnExistingFile() throws IOException {
        Path file = dir.resolve("keep.vitrine");
        Files.writeString(file, "precious");
        assertThatThrownBy(() -> Workspace.create(file, null)).hasMessageContaining("already exists");
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void backsUpAConsistentCopyWhileOpen() {
        Path file = dir.resolve("live.vitrine");
        Path copy = dir.resolve("copy.vitrine");
        try (Workspace workspace = Workspace.create(file, "Live")) {
            workspace.database().write(sql -> sql.insert(
                    "INSERT INTO campaign(name, created_at) VALUES (?, ?)", "Spring", "2026-01-01T00:00:00Z"));
            workspace.backupTo(copy);
            assertThatThrownBy(() -> workspace.backupTo(copy)).hasMessageContaining("already exists");
        }
        try (Workspace restored = Workspace.open(copy)) {
            assertThat(restored.info().tables()).containsEntry("campaign", 1L);
            assertThat(restored.name()).isEqualTo("Live");
        }
    }

    @Test
    void twoOpenersShareOneWorkspaceSafely() {
        Path file = dir.resolve("shared.vitrine");
        try (Workspace first = Workspace.create(file, null); Workspace second = Workspace.open(file)) {
            first.database().write(sql -> sql.insert("INSERT INTO campaign(name, created_at) VALUES ('A', 'x')"));
            second.database().write(sql -> sql.insert("INSERT INTO campaign(name, created_at) VALUES ('B', 'x')"));
            assertThat(first.database().<Long>read(sql -> sql.scalar("SELECT count(*) FROM campaign"))).isEqualTo(2L);
        }
    }
}
