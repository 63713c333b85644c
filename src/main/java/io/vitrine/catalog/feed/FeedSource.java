package io.vitrine.catalog.feed;

import io.vitrine.common.VitrineException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A feed to import: its name (the catalog source it updates), where relative links in it point, its
 * size for progress, and how to open it (it is opened more than once: to detect, preview, import).
 */
public record FeedSource(String name, URI base, long size, Opener opener) {
    /** Classpath folder where bundled sample data lives (the repository's resources/ folder). */
    public static final String BUNDLED_ROOT = "/vitrine-resources/";
    /** Links to bundled files are written vitrine-resource:/demo/products/x.jpg. */
    public static final String BUNDLED_SCHEME = "vitrine-resource";

    /** Opens a fresh stream from the start of the feed. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public InputStream open() throws IOException {
        return opener.open();
    }

    /** A feed file on disk; a clear error when it is missing, a folder, or unreadable. */
    public static FeedSource of(Path file) {
        if (!Files.exists(file)) {
            throw new VitrineException(file + " does not exist.", "Check the path of the feed file.");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new VitrineException(file + " is not a readable file.", "Choose the exported feed file itself, and check its permissions.");
        }
        try {
            Path absolute = file.toAbsolutePath().normalize();
            Path folder = absolute.getParent();
            return new FeedSource(absolute.getFileName().toString(), folder == null ? null : folder.toUri(), Files.size(absolute),
                    () -> Files.newInputStream(absolute));
        } catch (IOException e) {
            throw new VitrineException("Cannot read " + file + ": " + e.getMessage(), "Check that the file is readable.", e);
        }
    }

    /** A feed bundled with the studio (the demo catalog, the samples): {@code demo/maison-lumiere.xml}. */
    public static FeedSource bundled(String path) {
        String resource = BUNDLED_ROOT + path;
        if (FeedSource.class.getResource(resource) == null) {
            throw new VitrineException("The bundled feed " + path + " is missing from this build.", "Rebuild Vitrine Studio.");
        }
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new FeedSource(name, URI.create(BUNDLED_SCHEME + ":/" + folder), -1, () -> FeedSource.class.getResourceAsStream(resource));
    }
}
