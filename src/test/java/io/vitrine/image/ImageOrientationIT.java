package io.vitrine.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.workspace.Workspace;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Phone photos stored sideways with an EXIF orientation come out upright; WebP is read and stored showable. */
class ImageOrientationIT {
    @TempDir
    Path dir;

    @Test
    void aPhotoTaggedRotate90IsStoredUpright() throws Exception {
        // 400x300 pixels as stored, left half red; orientation 6 says "turn a quarter clockwise to view"
        BufferedImage sideways = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 200; x++) {
                sideways.setRGB(x, y, 0xFF0000);
            }
        }
        byte[] jpeg = withOrientation(jpeg(sideways), 6);
        assertThat(ExifOrientation.of(jpeg)).isEqualTo(6);
        try (Workspace ws = Workspace.create(dir.resolve("o.vitrine"), null)) {
            ImageStore store = new ImageStore(ws.database());
            StoredImage stored = store.put(jpeg, "phone.jpg");
            assertThat(stored.width()).isEqualTo(300);
            assertThat(stored.height()).isEqualTo(400);
            BufferedImage upright = ImageIO.read(new ByteArrayInputStream(store.bytes(stored.sha256()).orElseThrow()));
            assertThat(upright.getWidth()).isEqualTo(300);
            // the red left half is now the top half
            assertThat(red(upright.getRGB(150, 20))).isGreaterThan(200);
            assertThat(red(upright.getRGB(150, 380))).isLessThan(60);
            // the same file again is the same stored image
            assertThat(store.put(jpeg, "again.jpg")).isEqualTo(stored);
        }
    }

    @Test
    void everyOrientationTurnsTheRightWay() {
        BufferedImage source = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        source.setRGB(0, 0, 0x111111); // top-left marker
        int[][] expected = {{1, 0, 0}, {2, 2, 0}, {3, 2, 1}, {4, 0, 1}, {5, 0, 0}, {6, 1, 0}, {7, 1, 2}, {8, 0, 2}};
        for (int[] e : expected) {
            BufferedImage turned = ExifOrientation.upright(source, e[0]);
            assertThat(turned.getRGB(e[1], e[2]) & 0xFFFFFF).as("orientation " + e[0]).isEqualTo(0x111111);
        }
    }

    @Test
    void webpIsReadAndStoredAsAFormatJavaFxShows() throws Exception {
        byte[] webp = Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
        try (Workspace ws = Workspace.create(dir.resolve("w.vitrine"), null)) {
            StoredImage stored = new ImageStore(ws.database()).put(webp, "pixel.webp");
            assertThat(stored.width()).isEqualTo(1);
            assertThat(stored.mimeType()).isIn("image/jpeg", "image/png");
        }
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xFF;
    }

    private static byte[] jpeg(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    /** Inserts an APP1 Exif segment with just the Orientation tag right after the JPEG's SOI marker. */
    static byte[] withOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, // big-endian TIFF header, IFD at 8
                0, 1, // one entry
                0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // Orientation, SHORT, 1 value
                0, 0, 0, 0}; // no next IFD
        byte[] exif = new byte[6 + tiff.length];
        System.arraycopy(new byte[] {'E', 'x', 'i', 'f', 0, 0}, 0, exif, 0, 6);
        System.arraycopy(tiff, 0, exif, 6, tiff.length);
        int length = exif.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
