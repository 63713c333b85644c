package io.vitrine.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenStoreTest {
    @TempDir
    Path dir;

    @Test
    void keepsOneTokenPerPlatformAndBrand() {
        TokenStore store = new TokenStore(dir.resolve("config/platform-tokens.json"));
        store.save("https://api.example.com/", "b_1", "one");
        store.save("https://api.example.com", "b_2", "two");
        store.save("https://other.example.com", "b_1", "three");
        assertThat(store.token("https://api.example.com", "b_1")).contains("one");
        assertThat(store.token("https://api.example.com", "b_2")).contains("two");
        assertThat(store.token("https://other.example.com", "b_1")).contains("three");
        store.forget("https://api.example.com", "b_1");
        assertThat(store.token("https://api.example.com", "b_1")).isEmpty();
        assertThat(new TokenStore(dir.resolve("config/platform-tokens.json")).token("https://api.example.com", "b_2"))
                .contains("two");
    }

    @Test
    void theFileIsReadableByItsOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("platform-tokens.json");
        new TokenStore(file).save("https://api.example.com", "b_1", "secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
