package io.vitrine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.vitrine.catalog.feed.FeedException;
import io.vitrine.catalog.feed.FeedSource;
import io.vitrine.common.EventBus;
import io.vitrine.common.Progress;
import io.vitrine.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook whose sheet inflates a thousandfold (a zip bomb): refused in our words, nothing imported, and
 * none of POI's temporary files left behind in its temporary folder.
 */
class ZipBombIT {
    @TempDir
    Path dir;

    private Path bomb() throws IOException {
        Path workbook = dir.resolve("bomb.xlsx");
        byte[] padding = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = FeedSource.bundled("samples/catalog.xlsx").open();
             ZipInputStream zip = new ZipInputStream(in);
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(workbook))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int data = xml.indexOf("<sheetData>");
                    out.write(xml.substring(0, data).getBytes(StandardCharsets.UTF_8));
                    for (int i = 0; i < 200; i++) {
                        out.write(padding); // 200 MB of nothing, a few hundred KB compressed
                    }
                    out.write(xml.substring(data).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
        return workbook;
    }

    /** POI's temporary files, and the studio's own copies of workbooks being read. */
    private static Set<String> poiTempFiles() throws IOException {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<String> files = new java.util.HashSet<>(list(temp.resolve("poifiles")));
        list(temp).stream().filter(name -> name.contains("vitrine-workbook-")).forEach(files::add);
        return files;
    }

    private static Set<String> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Path::toString).collect(Collectors.toSet());
        }
    }

    @Test
    void aZipBombWorkbookIsRefusedInOurWordsAndLeavesNoTemporaryFiles() throws Exception {
        Path bomb = bomb();
        Set<String> before = poiTempFiles();
        try (Workspace workspace = Workspace.create(dir.resolve("shop.vitrine"), "Shop")) {
            ImportService imports = CatalogFeature.of(workspace.database(), new EventBus()).imports();
            Throwable error = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> org.assertj.core.api.Assertions.catchThrowable(
                    () -> imports.importFeed(FeedSource.of(bomb), ImportRequest.auto(), Progress.NONE)));
            assertThat(error).isInstanceOf(FeedException.class)
                    .hasMessage("The workbook unpacks to far more than its size (a part of it grows over 100 times): it is"
                            + " damaged or built to exhaust memory (a \"zip bomb\"), so it was not imported.")
                    .hasMessageNotContaining("ZipSecureFile").hasMessageNotContaining("Zip bomb detected");
            assertThat(workspace.database().<Long>read(sql -> sql.scalar("SELECT count(*) FROM catalog_item"))).isZero();
        }
        assertThat(poiTempFiles()).isEqualTo(before);
    }
}
