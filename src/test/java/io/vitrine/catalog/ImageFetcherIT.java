package io.vitrine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Item pictures from a real loopback HTTP server, a local file and the bundled demo; failures are empty, not errors. */
class ImageFetcherIT {
    @TempDir
    Path dir;
    HttpServer server;
    final ImageFetcher fetcher = new ImageFetcher();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/lamp.jpg", exchange -> {
            byte[] body = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/huge.jpg", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < (ImageFetcher.MAX_BYTES / chunk.length) + 4; i++) {
                    out.write(chunk);
                }
            } catch (IOException clientGaveUp) {
                // the fetcher stops reading past its cap
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void fetchesOverHttpFromFilesAndFromTheBundledDemo() throws IOException {
        assertThat(fetcher.fetch(url("/lamp.jpg"))).hasValueSatisfying(bytes -> assertThat(bytes).hasSize(6));
        Path file = Files.write(dir.resolve("vase photo.jpg"), new byte[] {1, 2, 3});
        assertThat(fetcher.fetch(file.toUri().toString())).hasValueSatisfying(bytes -> assertThat(bytes).hasSize(3));
        assertThat(fetcher.fetch("vitrine-resource:/demo/products/lune-tl-sage.jpg")).isPresent();
    }

    @Test
    void missingTooBigOrOddLinksGiveNothing() {
        assertThat(fetcher.fetch(url("/missing.jpg"))).isEmpty();
        assertThat(fetcher.fetch(url("/huge.jpg"))).isEmpty();
        assertThat(fetcher.fetch("vitrine-resource:/../../etc/passwd")).isEmpty();
        assertThat(fetcher.fetch("ftp://example.com/a.jpg")).isEmpty();
        assertThat(fetcher.fetch("not a link")).isEmpty();
        assertThat(fetcher.fetch(null)).isEmpty();
    }
}
