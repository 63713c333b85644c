package io.vitrine.workspace;

import java.util.Map;

/** What {@code workspace info} reports: where it is, its schema version and rows per table. */
public record WorkspaceInfo(String file, String name, int schemaVersion, long sizeBytes, Map<String, Long> tables) {
}
