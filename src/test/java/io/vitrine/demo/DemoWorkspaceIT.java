package io.vitrine.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.sql.ResultSetMetaData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo is deterministic: the same seed and anchor give the same workspace content. */
class DemoWorkspaceIT {
    @TempDir
    Path dir;

    @Test
    void sameSeedSameWorkspace() {
        Instant anchor = Instant.parse("2026-11-22T00:00:00Z");
        Map<String, List<String>> first;
        Map<String, List<String>> second;
        try (Workspace a = DemoWorkspace.generate(dir.resolve("a.vitrine"), 7, anchor)) {
            first = dump(a);
        }
        try (Workspace b = DemoWorkspace.generate(dir.resolve("b.vitrine"), 7, anchor)) {
            second = dump(b);
        }
        assertThat(first.get("brand_profile")).hasSize(1);
        assertThat(first.get("campaign")).hasSize(2);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void openOrGenerateReusesTheDemo() {
        Path file = dir.resolve("demo.vitrine");
        try (Workspace first = DemoWorkspace.openOrGenerate(file)) {
            first.meta().put("user_edit", "kept");
        }
        try (Workspace again = DemoWorkspace.openOrGenerate(file)) {
            assertThat(again.metaValue("user_edit")).contains("kept");
        }
    }

    /** Every table's rows as text, leaving out wall-clock columns (…_at) and the workspace's own metadata. */
    private static Map<String, List<String>> dump(Workspace workspace) {
        return workspace.database().read(sql -> {
            Map<String, List<String>> tables = new TreeMap<>();
            for (String table : workspace.info().tables().keySet()) {
                if (table.equals("workspace_meta")) {
                    continue;
                }
                List<String> rows = new ArrayList<>();
                sql.forEach("SELECT * FROM \"" + table + "\" ORDER BY 1, 2", row -> {
                    ResultSetMetaData meta = row.getMetaData();
                    StringBuilder line = new StringBuilder();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        if (!meta.getColumnName(c).endsWith("_at")) {
                            line.append(meta.getColumnName(c)).append('=').append(row.getString(c)).append(';');
                        }
                    }
                    rows.add(line.toString());
                });
                tables.put(table, rows);
            }
            return tables;
        });
    }
}
