package io.vitrine.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import io.vitrine.common.Json;
import io.vitrine.common.UserDirs;
import io.vitrine.common.VitrineException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Platform tokens, kept in the user's config folder ({@code platform-tokens.json}, readable by the
 * owner only where the file system has permissions) and never in a workspace file, so a shared or
 * backed-up workspace never carries a brand's credentials. Keyed by platform address and brand id.
 */
public final class TokenStore {
    private static final String FILE = "platform-tokens.json";
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private final Path file;

    public TokenStore(Path file) {
        this.file = file;
    }

    public static TokenStore inUserConfig() {
        return new TokenStore(UserDirs.configDir().resolve(FILE));
    }

    public synchronized Optional<String> token(String platformUrl, String brandId) {
        return Optional.ofNullable(load().get(key(platformUrl, brandId)));
    }

    public synchronized void save(String platformUrl, String brandId, String token) {
        Map<String, String> tokens = load();
        tokens.put(key(platformUrl, brandId), token);
        store(tokens);
    }

    public synchronized void forget(String platformUrl, String brandId) {
        Map<String, String> tokens = load();
        if (tokens.remove(key(platformUrl, brandId)) != null) {
            store(tokens);
        }
    }

    private static String key(String platformUrl, String brandId) {
        String url = platformUrl.endsWith("/") ? platformUrl.substring(0, platformUrl.length() - 1) : platformUrl;
        return url + " " + brandId;
    }

    private Map<String, String> load() {
        if (!Files.exists(file)) {
            return new LinkedHashMap<>();
        }
        try {
            return new LinkedHashMap<>(Json.mapper().readValue(file.toFile(), MAP));
        } catch (IOException e) {
            throw new VitrineException("The saved platform tokens in " + file + " cannot be read.",
                    "Delete that file and connect the brand again on the Sync screen.", e);
        }
    }

    private void store(Map<String, String> tokens) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(FILE + ".tmp");
            Files.deleteIfExists(temp);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(temp, Json.writePretty(tokens));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new VitrineException("The platform token could not be saved in " + file + ".",
                    "Check that the folder is writable.", e);
        }
    }
}
