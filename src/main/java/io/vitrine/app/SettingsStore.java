package io.vitrine.app;

import io.vitrine.common.Json;
import io.vitrine.common.UserDirs;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads and writes {@link Settings} as JSON in the user's config folder; a damaged file means defaults. */
final class SettingsStore {
    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());
    private final Path file;

    SettingsStore(Path file) {
        this.file = file;
    }

    static SettingsStore inUserConfig() {
        return new SettingsStore(UserDirs.configDir().resolve("settings.json"));
    }

    Settings load() {
        if (!Files.exists(file)) {
            return new Settings();
        }
        try {
            return Json.mapper().readValue(file.toFile(), Settings.class);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Ignoring unreadable settings file " + file + ": " + e.getMessage());
            return new Settings();
        }
    }

    /** Writes atomically (temp file + rename) so a crash never leaves half a settings file. */
    void save(Settings settings) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), settings);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not save settings to " + file + ": " + e.getMessage());
        }
    }
}
