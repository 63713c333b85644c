package io.vitrine.catalog.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import io.vitrine.catalog.CatalogFeature;
import io.vitrine.common.EventBus;
import io.vitrine.common.Progress;
import io.vitrine.common.VitrineException;
import io.vitrine.workspace.Workspace;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scanning pictures against a real workspace file: codes to items, photos to items, hostile pictures refused. */
class ScanServiceIT {
    @TempDir
    Path dir;
    Workspace workspace;
    ScanService scan;

    @BeforeEach
    void open() throws Exception {
        workspace = ScanFixture.create(dir);
        scan = io.vitrine.catalog.find.FindFeature.of(workspace.database(), CatalogFeature.of(workspace.database(), new EventBus())).scan();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ScanResult scanCode(BarcodeFormat format, String text) {
        BufferedImage card = BarcodePictures.card(700, 500);
        BarcodePictures.place(card, BarcodePictures.code(format, text, 3), 350, 250, 1.0, 33);
        return scan.scan(card, Progress.NONE);
    }

    private static List<String> ids(ScanResult result) {
        return result.matches().stream().map(m -> m.item().id()).toList();
    }

    @Test
    void aUpcAFindsTheItemWhoseFeedWroteItAsAnEan13() {
        ScanResult result = scanCode(BarcodeFormat.UPC_A, "03600029145");
        assertThat(result.codes()).containsExactly(new ScannedCode("UPC_A", "036000291452"));
        assertThat(ids(result)).containsExactly("LUNE-SAGE");
        assertThat(result.matches().get(0).by()).isEqualTo("gtin");
        assertThat(result.unmatchedCodes()).isEmpty();
    }

    @Test
    void aUpcEFindsTheItemWithItsUpcA() {
        ScanResult result = scanCode(BarcodeFormat.UPC_E, "0123456");
        assertThat(result.codes()).extracting(ScannedCode::format).containsExactly("UPC_E");
        assertThat(ids(result)).containsExactly("LUNE-IVORY");
    }

    @Test
    void aCaseGtin14InACode128FindsTheUnitInside() {
        // GS1-128: (01) then the case's GTIN-14 = indicator 1 + the unit 4006381333931's first 12 digits + check digit
        String payload = "1400638133393";
        String case14 = payload + io.vitrine.catalog.feed.Gtin.checkDigit(payload);
        ScanResult result = scanCode(BarcodeFormat.CODE_128, "01" + case14);
        assertThat(ids(result)).containsExactly("ARC-BRASS");
        assertThat(result.matches().get(0).reason()).contains("is a case of 4006381333931");
    }

    @Test
    void aQrCodeWithTheProductLinkOrAnIdFindsTheItem() {
        assertThat(ids(scanCode(BarcodeFormat.QR_CODE, "http://shop.example/products/arc-floor-lamp/"))).containsExactly("ARC-BRASS");
        ScanResult byId = scanCode(BarcodeFormat.QR_CODE, "https://shop.example/go?utm=qr&id=ECLAT-CHALK");
        assertThat(ids(byId)).containsExactly("ECLAT-CHALK");
        assertThat(byId.matches().get(0).by()).isEqualTo("link");
        assertThat(ids(scanCode(BarcodeFormat.QR_CODE, "ONDE-SAGE"))).containsExactly("ONDE-SAGE");
    }

    @Test
    void aCodeTheCatalogDoesNotHaveIsReportedNotMatchedAndRemovedItemsAreNeverFound() {
        ScanResult unknown = scanCode(BarcodeFormat.EAN_13, "590123412345");
        assertThat(unknown.matches()).isEmpty();
        assertThat(unknown.unmatchedCodes()).containsExactly(new ScannedCode("EAN_13", "5901234123457"));
        assertThat(scanCode(BarcodeFormat.EAN_8, "7351353").matches()).as("REMOVED-1's GTIN").isEmpty();
    }

    @Test
    void aProductPhotoWithoutCodeLandsOnItsItemByPhoto() throws Exception {
        BufferedImage photo = ImageIO.read(ScanFixture.PRODUCTS.resolve("arc-fl-brass.jpg").toFile());
        BufferedImage crop = Pictures.scale(photo.getSubimage(15, 10, 210, 215), 1.4);
        ScanResult result = scan.scan(crop, Progress.NONE);
        assertThat(result.codes()).isEmpty();
        assertThat(result.photoSearched()).isTrue();
        assertThat(result.photosCompared()).isEqualTo(7);
        assertThat(result.matches()).isNotEmpty();
        assertThat(result.matches().get(0).item().id()).isEqualTo("ARC-BRASS");
        assertThat(result.matches().get(0).by()).isEqualTo("photo");
        assertThat(result.matches().get(0).reason()).startsWith("same photo");
        assertThat(scan.photos().pending()).as("fingerprints are kept in the workspace").isZero();
    }

    @Test
    void aPictureOfNothingInTheCatalogIsNoCloseMatch() {
        BufferedImage stripes = BarcodePictures.card(400, 300);
        java.awt.Graphics2D g = stripes.createGraphics();
        g.setColor(new java.awt.Color(20, 90, 200));
        for (int x = 0; x < 400; x += 40) {
            g.fillRect(x, 0, 20, 300);
        }
        g.dispose();
        ScanResult result = scan.scan(stripes, Progress.NONE);
        assertThat(result.photoSearched()).isTrue();
        assertThat(result.matches()).isEmpty();
    }

    @Test
    void aPictureWhoseHeaderClaimsHugeSizeIsRefusedBeforeDecoding() throws Exception {
        Path bomb = dir.resolve("bomb.png");
        Files.write(bomb, pngClaiming(40_000, 40_000));
        assertThatThrownBy(() -> scan.scan(bomb, Progress.NONE)).isInstanceOf(VitrineException.class)
                .hasMessageContaining("40,000 × 40,000 pixels").hasMessageContaining("up to 50 megapixels");
        Path text = Files.writeString(dir.resolve("notes.png"), "not a picture");
        assertThatThrownBy(() -> scan.scan(text, Progress.NONE)).isInstanceOf(VitrineException.class)
                .hasMessageContaining("is not a picture");
    }

    /** A tiny PNG whose header (IHDR, CRC fixed) says it is width × height. */
    static byte[] pngClaiming(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] png = out.toByteArray();
        ByteBuffer buffer = ByteBuffer.wrap(png);
        buffer.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17); // "IHDR" + its 13 bytes
        buffer.putInt(29, (int) crc.getValue());
        return png;
    }
}
