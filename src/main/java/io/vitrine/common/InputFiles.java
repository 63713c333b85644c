package io.vitrine.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Files a person names (a photo, a mapping, a schedule CSV) are checked before a byte is read: an ordinary
 * file, readable, not larger than the limit for what it is. A device such as /dev/zero never ends and a FIFO
 * blocks forever; reading either would fill the memory or hang the studio.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * Refuses a missing file, a folder, a device, a FIFO or a socket, and a file over {@code maxBytes}.
     *
     * @param what how the message names the file ("The image", "The mapping file")
     */
    public static void check(Path file, long maxBytes, String what) {
        if (!Files.exists(file)) {
            throw new VitrineException(what + " " + file + " does not exist.", "Check the path.");
        }
        if (Files.isDirectory(file)) {
            throw new VitrineException(what + " " + file + " is a folder.", "Name the file itself.");
        }
        if (!Files.isRegularFile(file)) {
            throw new VitrineException(what + " " + file + " is not an ordinary file (it is a device, a pipe or a socket),"
                    + " so it was not read.", "Name a file saved on disk.");
        }
        if (!Files.isReadable(file)) {
            throw new VitrineException(what + " " + file + " cannot be read.", "Check its permissions.");
        }
        long size = size(file, what);
        if (size > maxBytes) {
            throw new VitrineException(what + " " + file.getFileName() + " is " + megabytes(size) + "; at most "
                    + megabytes(maxBytes) + " is read.", "Use a smaller file.");
        }
    }

    /** {@link #check}s the file, then reads it, never more than {@code maxBytes} (a file that grows meanwhile is refused). */
    public static byte[] read(Path file, long maxBytes, String what) {
        check(file, maxBytes, what);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new VitrineException(what + " " + file.getFileName() + " grew past " + megabytes(maxBytes)
                        + " while it was read.", "Wait until it is complete, then try again.");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new VitrineException(what + " " + file + " does not exist.", "Check the path.", e);
        } catch (IOException e) {
            throw new VitrineException(what + " " + file + " cannot be read.", "Check that the file is readable.", e);
        }
    }

    private static long size(Path file, String what) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new VitrineException(what + " " + file + " cannot be read.", "Check that the file is readable.", e);
        }
    }

    /** "30 MB", "1.5 MB", "512 KB". */
    static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, bytes / 1024) + " KB";
        }
        double mb = bytes / (1024.0 * 1024.0);
        return (mb == Math.rint(mb) || mb >= 10 ? String.valueOf(Math.round(mb)) : String.format(java.util.Locale.ROOT, "%.1f", mb)) + " MB";
    }
}
