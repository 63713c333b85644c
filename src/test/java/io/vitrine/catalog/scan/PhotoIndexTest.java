package io.vitrine.catalog.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The photo match on the demo's 112 product pictures: shoppers' versions of a photo find it; other pictures do not. */
class PhotoIndexTest {
    static PhotoIndex index;

    @BeforeAll
    static void indexTheDemoPictures() {
        index = new PhotoIndex();
        File[] files = ScanFixture.PRODUCTS.toFile().listFiles((d, name) -> name.endsWith(".jpg"));
        Arrays.sort(files);
        for (File file : files) {
            index.add(file.getName(), PhotoFingerprint.of(read(file.getName())));
        }
    }

    static BufferedImage read(String name) {
        try {
            return ImageIO.read(ScanFixture.PRODUCTS.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PhotoMatch best(BufferedImage query) {
        List<PhotoMatch> found = index.search(query, 5);
        assertThat(found).as("a match").isNotEmpty();
        return found.get(0);
    }

    @Test
    void theSamePhotoFindsItselfAndEveryItemThatSharesIt() {
        List<PhotoMatch> found = index.search(read("lune-tl-sage.jpg"), 5);
        // the demo paints the Pli lamp in sage with the very same picture
        assertThat(found).extracting(PhotoMatch::imageLink).startsWith("lune-tl-sage.jpg", "pli-tl-sage.jpg");
        assertThat(found.get(0).score()).isEqualTo(1.0);
        assertThat(found.get(0).reason()).isEqualTo("same photo");
    }

    @Test
    void aCropResizedAndRecompressedStillFindsIt() {
        BufferedImage crop = Pictures.scale(read("arc-fl-brass.jpg").getSubimage(20, 12, 205, 210), 1.7);
        PhotoMatch match = best(BarcodePictures.jpeg(crop));
        assertThat(match.imageLink()).isEqualTo("arc-fl-brass.jpg");
        assertThat(match.reason()).startsWith("same photo");
    }

    @Test
    void aRepostOnAnotherBackgroundFindsIt() {
        BufferedImage post = new BufferedImage(520, 440, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = post.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40, 70, 110), 520, 440, new Color(170, 130, 100)));
        g.fillRect(0, 0, 520, 440);
        g.drawImage(read("arc-fl-ivory.jpg"), 150, 110, null);
        g.dispose();
        PhotoMatch match = best(BarcodePictures.jpeg(post));
        assertThat(match.imageLink()).isEqualTo("arc-fl-ivory.jpg");
        assertThat(match.reason()).isEqualTo("same photo, inside a larger picture");
    }

    @Test
    void aColourShiftedCopyStillFindsIt() {
        BufferedImage photo = read("atlas-ru-ochre.jpg");
        BufferedImage warmer = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                Color c = new Color(photo.getRGB(x, y));
                warmer.setRGB(x, y, new Color(Math.min(255, c.getRed() + 18), c.getGreen(), Math.max(0, c.getBlue() - 12)).getRGB());
            }
        }
        assertThat(best(warmer).imageLink()).isEqualTo("atlas-ru-ochre.jpg");
    }

    @Test
    void somethingTheCatalogDoesNotHaveIsNoCloseMatch() {
        BufferedImage stripes = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = stripes.createGraphics();
        g.setColor(new Color(10, 120, 60));
        g.fillRect(0, 0, 300, 300);
        g.setColor(new Color(250, 40, 140));
        for (int x = 0; x < 300; x += 30) {
            g.fillRect(x, 0, 12, 300);
        }
        g.dispose();
        assertThat(index.search(stripes, 5)).isEmpty();
    }

    @Test
    void fingerprintsSurviveTheirStoredForm() {
        PhotoFingerprint print = PhotoFingerprint.of(read("onde-va-sage.jpg"));
        PhotoFingerprint back = PhotoFingerprint.fromBytes(print.toBytes());
        assertThat(back.hashes()).isDeepEqualTo(print.hashes());
        assertThat(back.colours()).isEqualTo(print.colours());
        assertThat(back.shape()).isEqualTo(print.shape());
        assertThat(back.looksLike(print)).isEqualTo(1.0);
        byte[] otherVersion = print.toBytes();
        otherVersion[0] = (byte) (PhotoFingerprint.VERSION + 1);
        assertThat(PhotoFingerprint.fromBytes(otherVersion)).isNull();
    }
}
