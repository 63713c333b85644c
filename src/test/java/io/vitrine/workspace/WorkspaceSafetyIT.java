package io.vitrine.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vitrine.testing.ChildStudio;
import io.vitrine.testing.ReadOnlyFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workspaces where the disk says no: a backup onto a full disk or into a read-only folder, a workspace in a
 * read-only folder, a full temporary folder, files that are refused. Real files; a real child JVM under a
 * file-size limit where a full disk is needed.
 */
class WorkspaceSafetyIT {
    @TempDir
    Path dir;

    private Path workspaceOfAbout(int kilobytes) {
        Path file = dir.resolve("shop.vitrine");
        try (Workspace workspace = Workspace.create(file, "Shop")) {
            workspace.database().write(sql -> sql.update("INSERT INTO workspace_meta (key, value) VALUES ('padding', ?)",
                    "x".repeat(kilobytes * 1024)));
        }
        return file;
    }

    private static String[] names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void aBackupOntoAFullDiskLeavesNothingBehindNamesTheTargetAndTheRetryWorks() throws Exception {
        Path workspace = workspaceOfAbout(600);
        Path usb = Files.createDirectories(dir.resolve("usb"));
        Path target = usb.resolve("backup.vitrine");
        ChildStudio studio = new ChildStudio(dir.resolve("home")).preparedSqlite(dir.resolve("lib"));

        ChildStudio.Run full = studio.fileSizeLimit(200).run("workspace", "backup", workspace.toString(), target.toString());

        assertThat(full.exit()).as(full.err()).isEqualTo(1);
        assertThat(full.err()).startsWith("error: The backup " + target + " was not written: the disk holding " + usb)
                .contains("Nothing was left there.").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(names(usb)).as("no empty backup, no temporary file").isEmpty();

        ChildStudio.Run retry = new ChildStudio(dir.resolve("home")).run("workspace", "backup", workspace.toString(), target.toString());
        assertThat(retry.exit()).as(retry.err()).isZero();
        assertThat(names(usb)).containsExactly("backup.vitrine");
        try (Workspace copy = Workspace.open(target)) {
            assertThat(copy.metaValue("padding")).hasValueSatisfying(v -> assertThat(v).hasSize(600 * 1024));
        }
    }

    @Test
    void aBackupIntoAReadOnlyFolderNamesThatFolder() throws Exception {
        Path workspace = workspaceOfAbout(1);
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.with(dir.resolve("cd")); Workspace open = Workspace.open(workspace)) {
            Path target = readOnly.resolve("backup.vitrine");
            assertThatThrownBy(() -> open.backupTo(target)).isInstanceOf(WorkspaceException.class)
                    .hasMessage("The backup " + target + " was not written: the folder " + readOnly.path()
                            + " cannot be written. Nothing was left there.");
        }
    }

    @Test
    void aWorkspaceInAReadOnlyFolderOpensReadOnlyAndSaysSo() throws Exception {
        Path workspace = workspaceOfAbout(1);
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.with(dir.resolve("share"), workspace)) {
            Path shared = readOnly.resolve("shop.vitrine");
            try (Workspace open = Workspace.open(shared)) {
                assertThat(open.readOnly()).isTrue();
                assertThat(open.name()).isEqualTo("Shop");
                assertThat(open.info().readOnly()).isEqualTo("its folder " + readOnly.path() + " cannot be written");
                assertThatThrownBy(() -> open.meta().put("k", "v")).isInstanceOf(WorkspaceException.class)
                        .hasMessageContaining("is open read-only: its folder " + readOnly.path() + " cannot be written");
                Path copy = dir.resolve("copy.vitrine");
                open.backupTo(copy); // the remedy the message offers works
                assertThat(Files.exists(copy)).isTrue();
            }
            assertThat(names(readOnly.path())).containsExactly("shop.vitrine");
        }
    }

    @Test
    void refusedFilesGetNoWalOrShmBesideThem() throws Exception {
        Path foreign = dir.resolve("foreign.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement()) {
            s.executeQuery("PRAGMA journal_mode = WAL").close();
            s.execute("CREATE TABLE t(x)");
        }
        Path newer = dir.resolve("newer.vitrine");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.executeQuery("PRAGMA journal_mode = WAL").close();
            s.execute("PRAGMA application_id = " + Workspace.APPLICATION_ID);
            s.execute("PRAGMA user_version = " + (Migrations.latestVersion() + 1));
            s.execute("CREATE TABLE t(x)");
        }
        assertThatThrownBy(() -> Workspace.open(foreign)).hasMessageContaining("is not a Vitrine workspace");
        assertThatThrownBy(() -> Workspace.open(newer)).hasMessageContaining("newer version");
        assertThat(names(dir)).containsExactly("foreign.db", "newer.vitrine");
    }

    @Test
    void aFullTemporaryFolderIsNamedInsteadOfBlamingTheWorkspace() throws Exception {
        Path workspace = workspaceOfAbout(1);
        ChildStudio.Run run = new ChildStudio(dir.resolve("home")).fileSizeLimit(64)
                .jvmOption("-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")))
                .run("workspace", "info", workspace.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: The studio could not prepare its database engine: the temporary folder "
                + dir.resolve("tmp")).contains("-Djava.io.tmpdir=").doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain("shop.vitrine");
    }
}
