package io.vitrine.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A folder nobody can write to, holding copies of some files: by permissions for an ordinary user; for root
 * (who ignores permissions, as in many containers) a small file system mounted read-only there.
 */
public final class ReadOnlyFolder implements AutoCloseable {
    private final Path folder;
    private final boolean mounted;

    private ReadOnlyFolder(Path folder, boolean mounted) {
        this.folder = folder;
        this.mounted = mounted;
    }

    public static ReadOnlyFolder with(Path folder, Path... files) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        if (!"root".equals(System.getProperty("user.name"))) {
            copy(folder, files);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            return new ReadOnlyFolder(folder, false);
        }
        Assumptions.assumeTrue(sh("mount -t tmpfs -o size=16m tmpfs '" + folder + "'"), "cannot mount a file system here");
        copy(folder, files);
        Assumptions.assumeTrue(sh("mount -o remount,ro '" + folder + "'"), "cannot remount read-only");
        return new ReadOnlyFolder(folder, true);
    }

    private static void copy(Path folder, Path... files) throws IOException {
        for (Path file : files) {
            Files.copy(file, folder.resolve(file.getFileName()));
        }
    }

    private static boolean sh(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    public Path path() {
        return folder;
    }

    public Path resolve(String name) {
        return folder.resolve(name);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (mounted) {
            sh("umount '" + folder + "'");
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
