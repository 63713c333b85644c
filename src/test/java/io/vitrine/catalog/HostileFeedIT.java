package io.vitrine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import io.vitrine.catalog.feed.FeedException;
import io.vitrine.catalog.feed.FeedSource;
import io.vitrine.common.EventBus;
import io.vitrine.common.Json;
import io.vitrine.common.Progress;
import io.vitrine.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile feeds: entity bombs, XXE to a local file, external DTDs and parameter entities pointing at a
 * real loopback server. Each is refused with a clear error, quickly, with nothing read from disk or
 * fetched, and the catalog untouched. (The timeout is a hang guard, not a performance assertion.)
 */
class HostileFeedIT {
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final String SECRET = "s3cr3t-" + System.nanoTime();

    @TempDir
    Path dir;
    Workspace workspace;
    ImportService imports;
    HttpServer server;
    final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void open() throws IOException {
        workspace = Workspace.create(dir.resolve("shop.vitrine"), null);
        imports = CatalogFeature.of(workspace.database(), new EventBus()).imports();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = ("<!ENTITY leak \"" + SECRET + "\">").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void close() {
        server.stop(0);
        workspace.close();
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
    }

    private FeedException refused(FeedSource source) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            Throwable error = null;
            try {
                imports.importFeed(source, ImportRequest.auto(), Progress.NONE);
            } catch (Throwable t) {
                error = t;
            }
            assertThat(error).as("the feed must be refused").isInstanceOf(FeedException.class);
            return (FeedException) error;
        });
    }

    private void assertNothingLeakedOrImported(FeedException error) {
        assertThat(requests).as("requests to the loopback server").hasValue(0);
        assertThat(error.getMessage() + error.remedy()).doesNotContain(SECRET);
        assertThat(workspace.database().<Long>read(sql -> sql.scalar("SELECT count(*) FROM catalog_item"))).isZero();
        String history = Json.write(new ImportRunRepository(workspace.database()).recent(5));
        assertThat(history).contains("failed").doesNotContain(SECRET);
    }

    @Test
    void billionLaughsIsRefusedAtTheDoctype() {
        FeedException error = refused(FeedSource.of(copy("billion-laughs.xml")));
        assertThat(error.getMessage()).startsWith("Line ").contains("declares a DOCTYPE");
        assertThat(error.remedy()).contains("Remove the <!DOCTYPE");
        assertNothingLeakedOrImported(error);
    }

    @Test
    void xxeToALocalFileReadsNothing() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        Path feed = Files.writeString(dir.resolve("xxe.xml"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss xmlns:g=\"http://base.google.com/ns/1.0\"><channel><item><g:id>X</g:id>"
                + "<g:title>&xxe;</g:title><g:price>1 EUR</g:price></item></channel></rss>");
        assertNothingLeakedOrImported(refused(FeedSource.of(feed)));
    }

    @Test
    void externalDtdAndParameterEntitiesAreNeverFetched() throws IOException {
        Path external = Files.writeString(dir.resolve("external.xml"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rss SYSTEM \"" + url() + "\">\n"
                + "<rss xmlns:g=\"http://base.google.com/ns/1.0\"><channel><item><g:id>X</g:id>"
                + "<g:title>&leak;</g:title><g:price>1 EUR</g:price></item></channel></rss>");
        assertNothingLeakedOrImported(refused(FeedSource.of(external)));
        Path parameter = Files.writeString(dir.resolve("parameter.xml"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rss [<!ENTITY % remote SYSTEM \"" + url() + "\"> %remote;]>\n"
                + "<rss xmlns:g=\"http://base.google.com/ns/1.0\"><channel><item><g:id>X</g:id>"
                + "<g:title>&leak;</g:title><g:price>1 EUR</g:price></item></channel></rss>");
        assertNothingLeakedOrImported(refused(FeedSource.of(parameter)));
    }

    @Test
    void anHtmlEntityWithoutDoctypeGetsAnExplanation() {
        FeedException error = refused(FeedSource.of(copy("undeclared-entity.xml")));
        assertThat(error.getMessage()).contains("Line 7").contains("eacute");
        assertThat(error.remedy()).contains("Write the character itself");
    }

    @Test
    void aWorkbookWhoseSheetCarriesAnXxePayloadIsRefused() throws IOException {
        Path workbook = dir.resolve("evil.xlsx");
        try (InputStream in = FeedSource.bundled("samples/catalog.xlsx").open();
             ZipInputStream zip = new ZipInputStream(in);
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(workbook))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    xml = xml.replaceFirst("\\?>", "?><!DOCTYPE worksheet SYSTEM \"" + url() + "\">");
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        FeedException error = refused(FeedSource.of(workbook));
        assertThat(error.getMessage()).contains("workbook");
        assertNothingLeakedOrImported(error);
    }

    @Test
    void aFieldOfManyMegabytesIsRefusedInsteadOfFillingMemory() throws IOException {
        Path feed = dir.resolve("huge.xml");
        try (OutputStream out = Files.newOutputStream(feed)) {
            out.write("<rss xmlns:g=\"http://base.google.com/ns/1.0\"><channel><item><g:id>H</g:id><g:title>".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 64; i++) {
                out.write(chunk);
            }
            out.write("</g:title><g:price>1 EUR</g:price></item></channel></rss>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(refused(FeedSource.of(feed)).getMessage()).contains("longer than");
    }

    private Path copy(String name) {
        try (InputStream in = getClass().getResourceAsStream("hostile/" + name)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theRefusalIsAlsoWhatTheImportApiThrows() {
        assertThatThrownBy(() -> imports.importFeed(FeedSource.of(copy("billion-laughs.xml")), ImportRequest.auto(), Progress.NONE))
                .isInstanceOf(FeedException.class);
    }
}
