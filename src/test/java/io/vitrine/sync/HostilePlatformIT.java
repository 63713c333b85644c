package io.vitrine.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.vitrine.common.VitrineException;
import io.vitrine.testing.ChildStudio;
import io.vitrine.workspace.Workspace;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync engine against a platform that misbehaves on purpose (a real loopback HTTP server): it echoes the
 * token, asks to wait an hour, never moves its cursor, drips a byte a second, sends 500 MB, answers HTML or
 * garbled JSON. The studio keeps no secret, never hangs, and says what happened in its own words.
 * (Timeouts here are hang guards, not performance assertions.)
 */
class HostilePlatformIT {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final String TOKEN = "tok_" + "Zx9Qk2Lm7Pw4Rt6Yv8Ab1Cd3Ef5Gh0";
    static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), RandomGenerator.getDefault());

    @TempDir
    Path dir;
    HostilePlatform platform;
    Workspace workspace;
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final Sleeper recording = duration -> waits.add(duration);

    @BeforeEach
    void start() throws Exception {
        platform = new HostilePlatform();
        workspace = SyncFixtures.workspaceWithPublications(dir, 1, 0);
    }

    @AfterEach
    void stop() {
        if (workspace != null) {
            workspace.close();
        }
        platform.close();
    }

    private PlatformConnection connection() {
        return new PlatformConnection(URI.create(platform.url()), TOKEN);
    }

    private SyncReport sync(PlatformClient client) {
        return assertTimeoutPreemptively(HANG_GUARD, () ->
                SyncEngine.of(workspace.database(), null, QUICK, Clock.systemUTC()).run(client, connection()));
    }

    private SyncReport sync() {
        return sync(new PlatformClient(connection(), QUICK, recording));
    }

    private static boolean contains(Path file, String text) throws Exception {
        return Files.exists(file) && new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
    }

    @Test
    void aPlatformThatEchoesTheTokenLeavesItInNoWorkspaceFileWalOrOutput() throws Exception {
        platform.on("/v1/posts", e -> HostilePlatform.reply(e, 422, "application/problem+json", "{\"title\":\"Unprocessable\","
                + "\"status\":422,\"detail\":\"Refused request with Authorization: " + HostilePlatform.authorization(e) + "\"}"));
        platform.on("/v1/publications", e -> HostilePlatform.reply(e, 500, "application/problem+json",
                "{\"title\":\"Oops\",\"status\":500,\"detail\":\"token=" + TOKEN + " and " + HostilePlatform.authorization(e) + "\"}"));

        SyncReport report = sync();

        assertThat(report.errors()).isNotEmpty().allSatisfy(error -> assertThat(error).doesNotContain(TOKEN));
        assertThat(String.join(" ", report.errors())).contains("Authorization: [hidden]");
        String postError = workspace.database().<java.util.Optional<String>>read(sql -> sql.text("SELECT sync_error FROM post"))
                .orElseThrow();
        assertThat(postError).contains("[hidden]").doesNotContain(TOKEN);
        Path file = workspace.file();
        assertThat(contains(Path.of(file + "-wal"), "Authorization")).as("the WAL holds the stored message").isTrue();
        assertThat(contains(file, TOKEN) || contains(Path.of(file + "-wal"), TOKEN)).as("token in the workspace or its WAL").isFalse();
        workspace.close();
        workspace = null;

        ChildStudio.Run cli = new ChildStudio(dir.resolve("home")).env("PLATFORM_TOKEN", TOKEN)
                .run("sync", "-w", file.toString(), "--url", platform.url(), "--token-env", "PLATFORM_TOKEN");
        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.err()).contains("error: ").doesNotContain(TOKEN);
        assertThat(cli.out()).doesNotContain(TOKEN);
        assertThat(contains(file, TOKEN) || contains(Path.of(file + "-wal"), TOKEN)).isFalse();
    }

    @Test
    void anHourOfRetryAfterEndsTheRoundAtOnceAndSaysHowLong() {
        platform.on("/v1/posts", e -> {
            e.getResponseHeaders().set("Retry-After", "3600");
            HostilePlatform.reply(e, 429, "application/problem+json", "{\"title\":\"Too Many Requests\",\"status\":429}");
        });

        SyncReport report = sync(new PlatformClient(connection(), RetryPolicy.DEFAULT, recording));

        assertThat(report.errors()).singleElement().asString().contains("The platform asks to wait 60 min");
        assertThat(waits).as("no wait anywhere near the hour").allSatisfy(w -> assertThat(w).isLessThan(Duration.ofSeconds(31)));
        assertThat(platform.count("/v1/posts")).isEqualTo(1);
        assertThat(platform.count("/v1/events")).as("the round ended there").isZero();
        Instant next = Instant.parse(workspace.database().<java.util.Optional<String>>read(sql ->
                sql.text("SELECT next_attempt_at FROM sync_outbox")).orElseThrow());
        assertThat(next).isAfter(Instant.now().plus(Duration.ofMinutes(59)));
    }

    @Test
    void aCursorThatNeverMovesStopsThePullWithAnError() {
        platform.on("/v1/events", e -> HostilePlatform.reply(e, 200, "application/json", "{\"events\":[{\"id\":\"e1\","
                + "\"type\":\"impression\",\"occurred_at\":\"2026-01-01T00:00:00Z\",\"post_id\":\"p_x\"}],"
                + "\"next_cursor\":\"stuck\",\"has_more\":true}"));

        SyncReport report = sync();

        assertThat(report.errors()).anySatisfy(error -> assertThat(error).contains("event feed did not move on"));
        assertThat(platform.count("/v1/events")).isLessThanOrEqualTo(EventPuller.MAX_PAGES_WITHOUT_PROGRESS + 3);
    }

    @Test
    void aBodyDrippingAByteASecondMeetsTheDeadline() {
        platform.on("/v1/brand", e -> {
            e.getResponseHeaders().set("Content-Type", "application/json");
            e.sendResponseHeaders(200, 0);
            try (OutputStream out = e.getResponseBody()) {
                for (byte b : HostilePlatform.BRAND.getBytes(StandardCharsets.UTF_8)) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(1000);
                }
            }
        });
        PlatformClient client = new PlatformClient(connection(), QUICK, recording,
                new PlatformExchange.Limits(Duration.ofSeconds(2), 1 << 20));
        PlatformException error = assertTimeoutPreemptively(HANG_GUARD,
                () -> (PlatformException) catchThrowable(client::brand));
        assertThat(error.getMessage()).isEqualTo("The platform did not answer the brand check (it had not finished answering after 2 s).");
    }

    @Test
    void fiveHundredMegabytesAreNeverDownloaded() {
        long[] written = {0};
        platform.on("/v1/events", e -> {
            e.getResponseHeaders().set("Content-Type", "application/json");
            e.sendResponseHeaders(200, 500L << 20);
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            try (OutputStream out = e.getResponseBody()) {
                for (long i = 0; i < (500L << 20) / chunk.length; i++) {
                    out.write(chunk);
                    written[0] += chunk.length;
                }
            }
        });
        PlatformClient client = new PlatformClient(connection(), QUICK, recording,
                new PlatformExchange.Limits(Duration.ofSeconds(30), 1 << 20));
        PlatformException error = assertTimeoutPreemptively(HANG_GUARD,
                () -> (PlatformException) catchThrowable(() -> client.events(null, 10)));
        assertThat(error.getMessage()).startsWith("The platform's answer to the event feed is larger than 1 MB");
        assertThat(error.retryable()).isFalse();
        assertThat(platform.count("/v1/events")).isEqualTo(1);
        assertThat(written[0]).as("the server was cut off long before 500 MB").isLessThan(100L << 20);
    }

    @Test
    void aWebPageInsteadOfTheApiIsSaidSoWithoutRetrying() {
        platform.on("/v1/brand", e -> HostilePlatform.reply(e, 200, "text/html; charset=utf-8",
                "<!doctype html><html><body>Sign in to the Wi-Fi</body></html>"));
        SyncReport report = sync();
        assertThat(report.errors()).singleElement().asString().startsWith("The platform answered something that is not its API"
                + " for the brand check (HTTP 200, text/html).").contains("Check the platform address");
        assertThat(platform.count("/v1/brand")).isEqualTo(1);
    }

    @Test
    void garbledJsonIsSaidInOurWords() {
        platform.on("/v1/brand", e -> HostilePlatform.reply(e, 200, "application/json", "{\"id\": \"b_1\", \"na"));
        SyncReport report = sync();
        assertThat(report.errors()).singleElement().asString()
                .startsWith("The platform did not answer the brand check (its answer was cut off or garbled).")
                .doesNotContain("Unexpected").doesNotContain("Exception").doesNotContain("line: 1");
    }

    @Test
    void anAddressWithAUserNameOrPasswordIsRefusedAndNeverStored() throws Exception {
        assertThatThrownBy(() -> new PlatformConnection(URI.create("http://user:s3cret@127.0.0.1:8080"), TOKEN))
                .isInstanceOf(VitrineException.class).hasMessageContaining("may not contain a user name or password")
                .satisfies(e -> assertThat(((VitrineException) e).remedy()).contains("http://127.0.0.1:8080")
                        .doesNotContain("s3cret"));
        Path file = workspace.file();
        workspace.close();
        workspace = null;
        String withPassword = platform.url().replace("http://", "http://user:s3cret@");
        ChildStudio.Run cli = new ChildStudio(dir.resolve("home")).env("PLATFORM_TOKEN", TOKEN)
                .run("sync", "-w", file.toString(), "--url", withPassword, "--token-env", "PLATFORM_TOKEN");
        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.err()).contains("may not contain a user name or password").doesNotContain("s3cret");
        assertThat(platform.requests).isEmpty();
        assertThat(contains(file, "s3cret")).isFalse();
    }

    @Test
    void anAddressSavedWithAPasswordBeforeIsForgotten() {
        workspace.database().write(sql -> sql.update("UPDATE brand_profile SET platform_url = 'https://u:s3cret@api.example.com'"));
        List<LinkedBrand> brands = SyncEngine.of(workspace.database(), null, RetryPolicy.DEFAULT, Clock.systemUTC()).brands();
        assertThat(brands).extracting(LinkedBrand::platformUrl).containsOnly("https://api.example.com");
        assertThat(workspace.database().<Long>read(sql -> sql.scalar("SELECT count(*) FROM brand_profile"
                + " WHERE platform_url LIKE '%s3cret%'"))).isZero();
    }

    private static Throwable catchThrowable(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(PlatformException.class);
        return thrown;
    }
}
