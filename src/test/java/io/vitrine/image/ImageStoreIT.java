package io.vitrine.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vitrine.common.VitrineException;
import io.vitrine.workspace.Workspace;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageStoreIT {
    @TempDir
    Path dir;

    @Test
    void storesTheSamePictureOnceWithAThumbnail() throws Exception {
        byte[] png = png(1200, 1500);
        try (Workspace ws = Workspace.create(dir.resolve("i.vitrine"), null)) {
            ImageStore store = new ImageStore(ws.database());
            StoredImage first = store.put(png, "photo.png");
            StoredImage again = store.put(png, "copy-of-photo.png");
            assertThat(again).isEqualTo(first);
            assertThat(first.width()).isEqualTo(1200);
            assertThat(first.aspectRatio()).isEqualTo(0.8);
            assertThat(first.mimeType()).isEqualTo("image/png");
            assertThat(ws.database().<Long>read(sql -> sql.scalar("SELECT count(*) FROM image"))).isEqualTo(1L);
            BufferedImage thumb = ImageIO.read(new java.io.ByteArrayInputStream(store.thumbnail(first.sha256()).orElseThrow()));
            assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).isEqualTo(ImageStore.THUMBNAIL_SIZE);
            assertThat(store.bytes(first.sha256())).hasValue(png);
        }
    }

    /** A checked picture is only stored when put, and it is the bytes that were checked, even if the file changed since. */
    @Test
    void aCheckedPictureIsStoredOnlyWhenPutAsItWasChecked() throws Exception {
        Path file = dir.resolve("design.png");
        byte[] original = png(300, 200);
        Files.write(file, original);
        try (Workspace ws = Workspace.create(dir.resolve("i.vitrine"), null)) {
            ImageStore store = new ImageStore(ws.database());
            ImageStore.CheckedImage checked = store.check(file);
            assertThat(checked.image().width()).isEqualTo(300);
            assertThat(ws.database().<Long>read(sql -> sql.scalar("SELECT count(*) FROM image"))).isZero();

            Files.write(file, png(50, 50));
            StoredImage stored = store.put(checked);
            assertThat(stored).isEqualTo(checked.image());
            assertThat(store.bytes(stored.sha256())).hasValue(original);
            assertThat(ws.database().<Long>read(sql -> sql.scalar("SELECT count(*) FROM image"))).isEqualTo(1L);
        }
        assertThatThrownBy(() -> new ImageStore(null).check(dir.resolve("missing.png"))).hasMessageContaining("does not exist");
    }

    @Test
    void refusesFilesThatAreNotImages() throws Exception {
        Path text = dir.resolve("notes.jpg");
        Files.writeString(text, "not really a jpeg");
        try (Workspace ws = Workspace.create(dir.resolve("i.vitrine"), null)) {
            assertThatThrownBy(() -> new ImageStore(ws.database()).put(text))
                    .isInstanceOf(VitrineException.class).hasMessageContaining("not a PNG, JPEG");
            assertThatThrownBy(() -> new ImageStore(ws.database()).put(dir.resolve("missing.png")))
                    .hasMessageContaining("does not exist");
        }
    }

    static byte[] png(int w, int h) throws Exception {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
