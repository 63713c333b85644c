package io.vitrine.post;

import io.vitrine.common.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the photo paths of a schedule CSV point: relative to the CSV's folder, and (unless allowed) only
 * inside it. A CSV from someone else could otherwise name {@code /home/you/.ssh/id_rsa} or
 * {@code ../../private/scan.jpg} and have it read, stored and published; symbolic links are followed to
 * where they really lead before the check.
 */
final class PhotoPaths {
    private final Path folder;
    private final boolean allowOutside;

    PhotoPaths(Path folder, boolean allowOutside) {
        this.folder = folder == null ? Path.of("").toAbsolutePath() : folder;
        this.allowOutside = allowOutside;
    }

    /** Each path as the CSV means it: absolute as written, relative ones under the CSV's folder, normalised. */
    List<Path> resolve(List<String> written) {
        List<Path> paths = new ArrayList<>();
        for (String text : written) {
            try {
                Path path = Path.of(text);
                paths.add((path.isAbsolute() ? path : folder.resolve(path)).normalize());
            } catch (InvalidPathException e) {
                paths.add(folder.resolve("invalid path").resolve(text.replace('\0', '?'))); // reported as missing
            }
        }
        return paths;
    }

    /** One problem per photo outside the CSV's folder (none when outside photos are allowed). */
    List<Problem> outside(List<Path> photos) {
        List<Problem> problems = new ArrayList<>();
        if (allowOutside) {
            return problems;
        }
        Path root = real(folder);
        for (Path photo : photos) {
            Path real = real(photo);
            boolean inside = Files.exists(photo) ? real.startsWith(root) : photo.startsWith(folder);
            if (!inside) {
                problems.add(Problem.error("images", photo + (real.equals(photo) ? "" : " (which leads to " + real + ")")
                        + " is outside the CSV's folder " + folder + "; only photos under it are used. Move the photo there,"
                        + " or pass --allow-outside if you trust this file."));
            }
        }
        return problems;
    }

    /** Where a path really leads (links followed); a path that does not exist yet is judged as written. */
    private static Path real(Path path) {
        try {
            return Files.exists(path) ? path.toRealPath() : path;
        } catch (IOException e) {
            return path;
        }
    }
}
