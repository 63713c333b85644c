package io.vitrine.catalog;

import io.vitrine.catalog.feed.FeedSource;
import io.vitrine.image.ImageLimits;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Fetches the picture behind an item's image link: https/http (timeouts, size cap, certificate checks
 * as the JDK does them), a local file, or a picture bundled with the studio (vitrine-resource:/demo/…).
 * Blocking: call it off the FX thread.
 */
public final class ImageFetcher {
    static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    /**
     * The image bytes, or empty when the link is missing, unreachable, too big (in bytes, or over
     * {@link ImageLimits#MAX_MEGAPIXELS} megapixels by its header: it would fill the memory when shown) or not
     * understood.
     */
    public Optional<byte[]> fetch(String link) {
        return fetchBytes(link).filter(ImageLimits::withinLimit);
    }

    private Optional<byte[]> fetchBytes(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(link.strip().replace(" ", "%20"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return switch (scheme) {
                case "http", "https" -> http(uri);
                case "file" -> file(Path.of(uri));
                case FeedSource.BUNDLED_SCHEME -> bundled(uri.getPath());
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException | IOException | SecurityException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Optional<byte[]> http(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Accept", "image/*").GET().build();
        HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() / 100 != 2) {
                return Optional.empty();
            }
            return capped(body);
        }
    }

    private static Optional<byte[]> file(Path path) throws IOException {
        if (!Files.isRegularFile(path) || Files.size(path) > MAX_BYTES) {
            return Optional.empty();
        }
        return Optional.of(Files.readAllBytes(path));
    }

    private static Optional<byte[]> bundled(String path) throws IOException {
        if (path == null || path.contains("..")) {
            return Optional.empty();
        }
        String resource = FeedSource.BUNDLED_ROOT + (path.startsWith("/") ? path.substring(1) : path);
        try (InputStream in = ImageFetcher.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : capped(in);
        }
    }

    private static Optional<byte[]> capped(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        return bytes.length > MAX_BYTES ? Optional.empty() : Optional.of(bytes);
    }
}
