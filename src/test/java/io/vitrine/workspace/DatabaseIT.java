package io.vitrine.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data-access helper on a real SQLite file: transactions are all-or-nothing, writes are serialised. */
class DatabaseIT {
    @TempDir
    Path dir;
    Workspace workspace;
    Database db;

    @BeforeEach
    void open() {
        workspace = Workspace.create(dir.resolve("t.vitrine"), null);
        db = workspace.database();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private long campaigns() {
        return db.<Long>read(sql -> sql.scalar("SELECT count(*) FROM campaign"));
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        assertThatThrownBy(() -> db.write(sql -> {
            sql.insert("INSERT INTO campaign(name, created_at) VALUES ('half', 'x')");
            throw new IllegalStateException("boom in the middle");
        })).hasMessage("boom in the middle");
        assertThat(campaigns()).isZero();
        // and the writer is usable afterwards
        db.write(sql -> sql.insert("INSERT INTO campaign(name, created_at) VALUES ('ok', 'x')"));
        assertThat(campaigns()).isEqualTo(1L);
    }

    @Test
    void nestedWritesJoinTheOuterTransaction() {
        assertThatThrownBy(() -> db.write(sql -> {
            db.write(inner -> inner.insert("INSERT INTO campaign(name, created_at) VALUES ('inner', 'x')"));
            assertThat(campaigns()).isEqualTo(1L);
            throw new IllegalStateException("outer fails");
        })).hasMessage("outer fails");
        assertThat(campaigns()).isZero();
    }

    @Test
    void constraintViolationsBecomeWorkspaceErrors() {
        db.write(sql -> sql.insert("INSERT INTO campaign(name, created_at) VALUES ('dup', 'x')"));
        assertThatThrownBy(() -> db.write(sql -> sql.insert("INSERT INTO campaign(name, created_at) VALUES ('dup', 'x')")))
                .isInstanceOf(WorkspaceException.class);
    }

    @Test
    void concurrentWritersAreSerialisedAndAllLand() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    String name = "c" + thread + "-" + i;
                    db.write(sql -> sql.insert("INSERT INTO campaign(name, created_at) VALUES (?, 'x')", name));
                    db.read(sql -> sql.scalar("SELECT count(*) FROM campaign"));
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(campaigns()).isEqualTo(200L);
    }

    @Test
    void batchesAndMappersRoundTrip() {
        db.write(sql -> {
            try (Sql.Batch batch = sql.batch("INSERT INTO campaign(name, created_at) VALUES (?, ?)")) {
                for (int i = 0; i < 10; i++) {
                    batch.add("n" + i, "2026-01-0" + (i % 9 + 1));
                }
            }
            return null;
        });
        List<String> names = db.read(sql -> sql.list("SELECT name FROM campaign WHERE name LIKE ? ORDER BY name",
                r -> r.getString(1), "n%"));
        assertThat(names).hasSize(10).startsWith("n0", "n1");
    }

    @Test
    void readsAreRefusedAfterClose() {
        workspace.close();
        assertThatThrownBy(() -> db.read(sql -> sql.scalar("SELECT 1"))).hasMessageContaining("closed");
    }
}
