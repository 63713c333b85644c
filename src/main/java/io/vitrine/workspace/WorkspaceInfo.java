package io.vitrine.workspace;

import java.util.Map;

/**
 * What {@code workspace info} reports: where it is, its schema version and rows per table; {@code readOnly}
 * says why it was opened read-only (null when it can be changed).
 */
public record WorkspaceInfo(String file, String name, int schemaVersion, long sizeBytes, Map<String, Long> tables,
                            String readOnly) {
}
