package io.vitrine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vitrine.catalog.ImageFetcher;
import io.vitrine.common.VitrineException;
import io.vitrine.workspace.Workspace;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures that would hurt if decoded: a small PNG whose header claims 20,000 × 20,000 pixels (1.6 GB decoded),
 * photos cut off halfway. Refused from the header, or as incomplete, in our words; nothing is stored.
 */
public class ImageLimitsIT {
    @TempDir
    Path dir;

    static byte[] encoded(String format, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 31) ^ (y * 17) ^ (x * y));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A real PNG whose IHDR (with a correct checksum) now says it is width × height. */
    public static byte[] pngClaiming(int width, int height) throws Exception {
        byte[] png = encoded("png", 64, 64);
        ByteBuffer header = ByteBuffer.wrap(png);
        header.putInt(16, width).putInt(20, height); // IHDR data starts after signature (8), length (4), type (4)
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17); // "IHDR" and its 13 bytes of data
        header.putInt(29, (int) crc.getValue());
        return png;
    }

    private ImageStore store(Workspace ws) {
        return new ImageStore(ws.database());
    }

    @Test
    void aPictureClaimingFourHundredMegapixelsIsRefusedFromItsHeader() throws Exception {
        byte[] bomb = pngClaiming(20_000, 20_000);
        assertThat(ImageLimits.size(bomb)).hasValue(new ImageLimits.Size(20_000, 20_000));
        try (Workspace ws = Workspace.create(dir.resolve("i.vitrine"), null)) {
            assertThatThrownBy(() -> store(ws).put(bomb, "poster.png")).isInstanceOf(VitrineException.class)
                    .hasMessage("poster.png is 20,000 × 20,000 pixels (400 megapixels); the studio takes pictures of up to"
                            + " 50 megapixels.");
            assertThat(ws.database().<Long>read(sql -> sql.scalar("SELECT count(*) FROM image"))).isZero();
        }
    }

    @Test
    void aPictureWithinTheLimitIsStored() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("i.vitrine"), null)) {
            assertThat(store(ws).put(encoded("png", 300, 200), "ok.png").width()).isEqualTo(300);
        }
    }

    @Test
    void aJpegCutOffHalfwayIsRefusedAsIncomplete() throws Exception {
        byte[] jpeg = encoded("jpg", 800, 600);
        byte[] cut = Arrays.copyOf(jpeg, jpeg.length / 2);
        try (Workspace ws = Workspace.create(dir.resolve("i.vitrine"), null)) {
            assertThatThrownBy(() -> store(ws).put(cut, "lamp.jpg")).isInstanceOf(VitrineException.class)
                    .hasMessageStartingWith("lamp.jpg is incomplete or damaged: the picture ends before all of it is there");
            assertThat(store(ws).put(jpeg, "lamp.jpg").width()).as("the whole photo is fine").isEqualTo(800);
        }
    }

    @Test
    void aPngCutOffHalfwayIsRefusedInOurWords() throws Exception {
        byte[] png = encoded("png", 800, 600);
        try (Workspace ws = Workspace.create(dir.resolve("i.vitrine"), null)) {
            assertThatThrownBy(() -> store(ws).put(Arrays.copyOf(png, png.length / 2), "design.png"))
                    .hasMessageStartingWith("design.png is incomplete or damaged").hasMessageNotContaining("PNG image data");
        }
    }

    @Test
    void aFeedImageClaimingTooManyPixelsIsNotFetchedForShowing() throws Exception {
        Path bomb = Files.write(dir.resolve("bomb.png"), pngClaiming(20_000, 20_000));
        Path fine = Files.write(dir.resolve("fine.png"), encoded("png", 100, 100));
        assertThat(new ImageFetcher().fetch(bomb.toUri().toString())).isEmpty();
        assertThat(new ImageFetcher().fetch(fine.toUri().toString())).isPresent();
    }
}
