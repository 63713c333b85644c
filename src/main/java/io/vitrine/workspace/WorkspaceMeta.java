package io.vitrine.workspace;

import java.util.Optional;

/** Small key/value facts about a workspace (its name, when it was created, the demo seed). */
public final class WorkspaceMeta {
    public static final String NAME = "name";
    public static final String CREATED_AT = "created_at";
    public static final String DEMO_SEED = "demo_seed";

    private final Database database;

    WorkspaceMeta(Database database) {
        this.database = database;
    }

    public Optional<String> get(String key) {
        return database.read(sql -> sql.text("SELECT value FROM workspace_meta WHERE key = ?", key));
    }

    public void put(String key, String value) {
        database.write(sql -> sql.update("INSERT INTO workspace_meta(key, value) VALUES (?, ?)"
                + " ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, value));
    }
}
