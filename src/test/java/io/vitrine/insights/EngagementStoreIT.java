package io.vitrine.insights;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngagementStoreIT {
    @TempDir
    Path dir;

    @Test
    void storesEachEventOnceAndKeepsRollupsInStep() {
        try (Workspace ws = Workspace.create(dir.resolve("e.vitrine"), null)) {
            long poll = ws.database().write(sql -> {
                long brand = sql.insert("INSERT INTO brand_profile(name, handle, created_at) VALUES ('B', 'b', 'x')");
                return sql.insert("INSERT INTO poll(brand_id, question, duration_hours, created_at, updated_at)"
                        + " VALUES (?, 'Which?', 24, 'x', 'x')", brand);
            });
            Instant t = Instant.parse("2026-11-20T10:15:00Z");
            Segment paris = new Segment("home", "FR", "25-34", true);
            EngagementRepository store = new EngagementRepository(ws.database());
            List<EngagementEvent> batch = List.of(
                    vote("e1", poll, 0, t, paris), vote("e2", poll, 1, t.plusSeconds(60), paris),
                    vote("e3", poll, 0, t.plusSeconds(3600), Segment.UNKNOWN));
            assertThat(store.store(batch)).isEqualTo(new EngagementRepository.StoreResult(3, 0));
            // the same events again plus one new: only the new one counts
            List<EngagementEvent> again = List.of(batch.get(0), batch.get(2), vote("e4", poll, 0, t, paris));
            assertThat(store.store(again)).isEqualTo(new EngagementRepository.StoreResult(1, 2));

            EventCounts counts = new InsightsService(ws.database()).summary(InsightsFilter.ALL).totals().events();
            assertThat(counts.get(EventType.VOTE)).isEqualTo(4L);
            assertThat(counts.get(EventType.PURCHASE)).isZero();
            long option0InFirstHour = ws.database().read(sql -> sql.scalar("SELECT events FROM engagement_rollup"
                    + " WHERE subject_id = ? AND option_position = 0 AND hour = '2026-11-20T10:00:00Z' AND region = 'FR'", poll));
            assertThat(option0InFirstHour).isEqualTo(2);
        }
    }

    private static EngagementEvent vote(String id, long poll, int option, Instant at, Segment segment) {
        return new EngagementEvent(id, EventType.VOTE, at, null, poll, option, null, null, null, null, segment);
    }
}
