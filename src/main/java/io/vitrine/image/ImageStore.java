package io.vitrine.image;

import io.vitrine.common.Hashes;
import io.vitrine.common.InputFiles;
import io.vitrine.common.VitrineException;
import io.vitrine.workspace.Database;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Images in the workspace, content-addressed: the same picture is stored once however many posts and
 * polls use it (the key is the SHA-256 of the file's bytes). Each gets a small thumbnail for lists and
 * calendars. Photos are kept ready to show: a photo whose EXIF orientation says it is sideways is
 * stored upright, and WebP (which JavaFX cannot show) is stored as JPEG or PNG.
 */
public final class ImageStore {
    public static final long MAX_BYTES = 30L * 1024 * 1024;
    static final int THUMBNAIL_SIZE = 320;

    private final Database database;
    private final ImageRepository repository = new ImageRepository();

    public ImageStore(Database database) {
        this.database = database;
    }

    /** Reads an image file and stores it; clear errors for missing, huge or non-image files. */
    public StoredImage put(Path file) {
        return put(read(file), file.getFileName().toString());
    }

    /**
     * An image file read and checked but not stored: what {@link #put(Path)} would store, kept to be stored later,
     * in the same transaction as whatever uses it, so a change that is then refused leaves no image behind.
     */
    public record CheckedImage(StoredImage image, byte[] bytes, String name) {
    }

    /** Reads and decodes an image file (clear errors as for {@link #put(Path)}) without storing it. */
    public CheckedImage check(Path file) {
        byte[] bytes = read(file);
        String name = file.getFileName().toString();
        return new CheckedImage(prepare(bytes, name).image(), bytes, name);
    }

    /** Stores a checked image (if not already there): the very bytes that were checked. */
    public StoredImage put(CheckedImage checked) {
        return put(checked.bytes(), checked.name());
    }

    /** Stores image bytes (if not already there) and returns what was stored. */
    public StoredImage put(byte[] bytes, String nameForMessages) {
        Optional<StoredImage> known = find(sha256(bytes));
        if (known.isPresent()) {
            return known.get();
        }
        Prepared prepared = prepare(bytes, nameForMessages);
        StoredImage image = prepared.image();
        database.write(sql -> {
            repository.insert(sql, image, prepared.content(), prepared.thumbnail(), Instant.now());
            return null;
        });
        return image;
    }

    private record Prepared(StoredImage image, byte[] content, byte[] thumbnail) {
    }

    private static Prepared prepare(byte[] bytes, String nameForMessages) {
        String mime = ImageFormats.detectMime(bytes).orElseThrow(() -> new VitrineException(
                nameForMessages + " is not a PNG, JPEG, GIF or WebP image.", "Choose a photo in one of those formats."));
        if ("image/webp".equals(mime) && !ImageIO.getImageReadersByMIMEType("image/webp").hasNext()) {
            throw new VitrineException(nameForMessages + " is a WebP image, which this installation cannot read.",
                    "Save it as JPEG or PNG and try again.");
        }
        ImageLimits.check(bytes, nameForMessages); // from the header, before a pixel is decoded
        BufferedImage decoded = decode(bytes, nameForMessages);
        int orientation = ExifOrientation.of(bytes);
        byte[] stored = bytes;
        String storedMime = mime;
        if (orientation != ExifOrientation.UPRIGHT || "image/webp".equals(mime)) {
            decoded = ExifOrientation.upright(decoded, orientation);
            storedMime = decoded.getColorModel().hasAlpha() ? "image/png" : "image/jpeg";
            stored = encode(decoded, storedMime);
        }
        StoredImage image = new StoredImage(sha256(bytes), storedMime, decoded.getWidth(), decoded.getHeight());
        return new Prepared(image, stored, thumbnail(decoded));
    }

    /** The file's bytes: an ordinary file of at most 30 MB (a device or a FIFO is refused before it is read). */
    private static byte[] read(Path file) {
        return InputFiles.read(file, MAX_BYTES, "The image");
    }

    /** Stores a picture that exists only in memory (pasted from the clipboard) as PNG. */
    public StoredImage put(BufferedImage picture, String nameForMessages) {
        return put(encode(picture, "image/png"), nameForMessages);
    }

    /** JPEG (quality 0.92, for photos) or PNG (keeps transparency). */
    static byte[] encode(BufferedImage image, String mime) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if ("image/png".equals(mime)) {
                ImageIO.write(image, "png", out);
                return out.toByteArray();
            }
            BufferedImage rgb = image;
            if (image.getType() != BufferedImage.TYPE_INT_RGB) {
                rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                Graphics2D g = rgb.createGraphics();
                g.drawImage(image, 0, 0, null);
                g.dispose();
            }
            javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.92f);
            try (javax.imageio.stream.ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new javax.imageio.IIOImage(rgb, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<StoredImage> find(String sha256) {
        return database.read(sql -> repository.find(sql, sha256));
    }

    public Optional<byte[]> bytes(String sha256) {
        return database.read(sql -> repository.bytes(sql, sha256));
    }

    public Optional<byte[]> thumbnail(String sha256) {
        return database.read(sql -> repository.thumbnail(sql, sha256));
    }

    /**
     * Decodes a picture; one that ends early is refused (a JPEG decoder would fill the missing part with grey
     * and only warn, and the photo would go out half grey).
     */
    static BufferedImage decode(byte[] bytes, String nameForMessages) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new VitrineException("Vitrine cannot read the picture in " + nameForMessages + ".",
                        "Save it as PNG or JPEG and try again.");
            }
            ImageReader reader = readers.next();
            boolean[] cutOff = {false};
            reader.addIIOReadWarningListener((source, warning) -> cutOff[0] |= endsEarly(warning));
            try {
                reader.setInput(in, true, true);
                BufferedImage image = reader.read(0);
                if (cutOff[0]) {
                    throw incomplete(nameForMessages, null);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw incomplete(nameForMessages, e);
        }
    }

    private static boolean endsEarly(String warning) {
        String text = warning == null ? "" : warning.toLowerCase(Locale.ROOT);
        return text.contains("truncated") || text.contains("premature end");
    }

    private static VitrineException incomplete(String name, Throwable cause) {
        return new VitrineException(name + " is incomplete or damaged: the picture ends before all of it is there (a"
                + " download or copy that stopped early?).", "Copy or export the photo again, then retry.", cause);
    }

    static byte[] thumbnail(BufferedImage source) {
        double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(java.awt.Color.WHITE); // transparent PNGs get a white background in JPEG thumbnails
        g.fillRect(0, 0, w, h);
        g.drawImage(source, 0, 0, w, h, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(small, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        return Hashes.sha256(bytes);
    }
}
