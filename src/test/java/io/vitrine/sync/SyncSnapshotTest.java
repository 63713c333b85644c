package io.vitrine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncSnapshotTest {
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void saysWhenItLastSyncedAndWhatIsWaiting() {
        SyncSnapshot snapshot = new SyncSnapshot(true, false, NOW.minusSeconds(180), 2, 1, List.of());
        assertThat(snapshot.describe(NOW)).isEqualTo("Synced 3 min ago · 2 changes waiting · 1 conflict");
    }

    @Test
    void anUnreachablePlatformReadsAsOffline() {
        SyncSnapshot snapshot = new SyncSnapshot(true, false, NOW.minusSeconds(7200), 1, 0,
                List.of("The platform did not answer the brand check (Connection refused)."));
        assertThat(snapshot.describe(NOW)).isEqualTo("Offline — last synced 2 h ago · 1 change waiting");
        assertThat(snapshot.offline()).isTrue();
    }

    @Test
    void notConnectedAndRunningStatesAreSaidPlainly() {
        assertThat(new SyncSnapshot(false, false, null, 0, 0, List.of()).describe(NOW)).isEqualTo("Not connected to the platform");
        assertThat(new SyncSnapshot(true, true, null, 0, 0, List.of()).describe(NOW)).isEqualTo("Syncing…");
        assertThat(new SyncSnapshot(true, false, null, 0, 0, List.of("HTTP 500")).describe(NOW))
                .isEqualTo("Sync problem — last synced never");
    }
}
