package io.vitrine.platform.sim;

import io.vitrine.common.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The simulator's memory between runs: publications, items, image ids, idempotency keys and where
 * simulated time stood. Events are not saved: they are regenerated from the publications. Written to a
 * temporary file and moved into place, so a crash never leaves half a file.
 */
final class SimStateFile {
    /** The file's content. */
    record State(Instant simNow, List<BrandState.Snapshot> brands) {
    }

    private final Path file;

    SimStateFile(Path file) {
        this.file = file;
    }

    Optional<State> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.mapper().readValue(file.toFile(), State.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read simulator state " + file + ": " + e.getMessage(), e);
        }
    }

    synchronized void save(State state) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, Json.writePretty(state));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save simulator state " + file + ": " + e.getMessage(), e);
        }
    }
}
