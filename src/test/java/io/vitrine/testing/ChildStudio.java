package io.vitrine.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs {@code ./studio COMMAND} in a JVM of its own, as a person would from a shell, optionally under a
 * file-size limit ({@code ulimit -f}): every file that process writes stops growing at that size, the way a
 * full disk stops it (the write fails; "File too large" instead of "No space left", handled the same way).
 */
public final class ChildStudio {
    /** What the command did. */
    public record Run(int exit, String out, String err) {
    }

    private final Path home;
    private final List<String> jvmOptions = new ArrayList<>();
    private final java.util.Map<String, String> environment = new java.util.HashMap<>();
    private Integer fileSizeLimitKb;

    public ChildStudio(Path home) {
        this.home = home;
    }

    /** Each file the process writes may grow to at most this many KB. */
    public ChildStudio fileSizeLimit(int kb) {
        this.fileSizeLimitKb = kb;
        return this;
    }

    public ChildStudio env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public ChildStudio jvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    /**
     * Loads SQLite's native library from a copy made now, so a file-size limit meant for the disk being tested
     * does not stop the driver unpacking it into the temporary folder.
     */
    public ChildStudio preparedSqlite(Path folder) throws IOException {
        String name = System.mapLibraryName("sqlitejdbc");
        String resource = "/org/sqlite/native/" + org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
        try (var in = org.sqlite.SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            Assumptions.assumeTrue(in != null, "no bundled SQLite library at " + resource);
            Files.createDirectories(folder);
            Files.copy(in, folder.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return jvmOption("-Dorg.sqlite.lib.path=" + folder).jvmOption("-Dorg.sqlite.lib.name=" + name);
    }

    /** The test class path without the test-only logging facade (ArchUnit's SLF4J), which the studio does not ship. */
    private static String appClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains("slf4j")).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    public Run run(String... args) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        command.add("-Dvitrine.home=" + home);
        command.add("-Xmx256m");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(appClassPath());
        command.add("io.vitrine.app.Launcher");
        command.addAll(List.of(args));
        StringBuilder script = new StringBuilder();
        if (fileSizeLimitKb != null) {
            script.append("ulimit -f ").append(fileSizeLimitKb).append(" && ");
        }
        script.append("exec");
        for (String part : command) {
            script.append(" '").append(part.replace("'", "'\\''")).append('\'');
        }
        Path out = Files.createTempFile(home.getParent(), "child", ".out");
        Path err = Files.createTempFile(home.getParent(), "child", ".err");
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", script.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the studio did not finish within 120 s: " + String.join(" ", args));
        }
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }
}
