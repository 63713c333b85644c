package io.vitrine.common;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where per-user files live (settings, tokens, the demo workspace), following each platform's
 * convention. Tests and portable installs override it with {@code -Dvitrine.home=DIR}.
 */
public final class UserDirs {
    private static final String APP = "vitrine-studio";

    private UserDirs() {
    }

    /** Settings and secrets (tokens): never inside a workspace file. */
    public static Path configDir() {
        String override = System.getProperty("vitrine.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override, "config");
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Vitrine Studio");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Vitrine Studio");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : home + "/.config", APP);
    }

    /** Data the studio generates for the user (the demo workspace). */
    public static Path dataDir() {
        String override = System.getProperty("vitrine.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override, "data");
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return configDir();
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        String home = System.getProperty("user.home");
        return Path.of(xdg != null && !xdg.isBlank() ? xdg : home + "/.local/share", APP);
    }
}
