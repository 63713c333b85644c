package io.vitrine.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.vitrine.brand.PublishState;
import io.vitrine.poll.PollFeature;
import io.vitrine.poll.PollResults;
import io.vitrine.poll.PollResultsService;
import io.vitrine.poll.PollService;
import io.vitrine.poll.PollSummary;
import io.vitrine.poll.SegmentResult;
import io.vitrine.poll.stats.PollVerdict.Kind;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo polls show every verdict, with or without a demo catalog. */
class DemoPollsIT {
    private static final Instant ANCHOR = Instant.parse("2026-11-22T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void everyVerdictIsOnShowWithoutACatalog() {
        try (Workspace ws = DemoWorkspace.generate(dir.resolve("demo.vitrine"), DemoWorkspace.DEFAULT_SEED, ANCHOR)) {
            assertEveryVerdict(ws);
        }
    }

    @Test
    void optionsComeFromTheCatalogWhenThereIsOne() throws Exception {
        try (Workspace ws = Workspace.create(dir.resolve("c.vitrine"), null)) {
            long brand = ws.database().write(sql -> {
                String insert = "INSERT INTO catalog_item(id, item_group_id, title, color, price_micros, currency, availability,"
                        + " updated_at) VALUES (?, ?, ?, ?, 1000000, 'EUR', ?, 'x')";
                String[][] rows = {{"L-1", "LUNE", "Lune lamp", "Sage", "in_stock"}, {"L-2", "LUNE", "Lune lamp", "Rust", "in_stock"},
                    {"L-3", "LUNE", "Lune lamp", "Navy", "in_stock"}, {"V-1", "VASE", "Vase", "Amber", "in_stock"},
                    {"V-2", "VASE", "Vase", "Smoke", "in_stock"}, {"C-1", null, "Cushion", null, "in_stock"},
                    {"C-2", null, "Throw", null, "in_stock"}, {"M-1", null, "Old mug", null, "out_of_stock"}};
                for (String[] r : rows) {
                    sql.update(insert, (Object[]) r);
                }
                return sql.insert("INSERT INTO brand_profile(name, handle, created_at) VALUES ('B', 'b', 'x')");
            });
            new DemoPolls().fill(new DemoContext(ws, new Random(1), ANCHOR, brand));
            assertEveryVerdict(ws);
            PollService polls = PollFeature.of(ws).polls();
            assertThat(polls.require(1).options()).extracting(o -> o.itemId()).containsExactly("L-1", "L-2", "L-3");
            assertThat(polls.require(1).options()).extracting(o -> o.label()).containsExactly("Sage", "Rust", "Navy");
            assertThat(polls.require(6).options()).extracting(o -> o.itemId()).contains("M-1");
            assertThat(polls.validate(polls.require(6).toDraft())).anySatisfy(p -> assertThat(p.message()).contains("out of stock"));
        }
    }

    private static void assertEveryVerdict(Workspace ws) {
        List<PollSummary> polls = PollFeature.of(ws).polls().list();
        assertThat(polls).hasSize(6);
        assertThat(polls).extracting(PollSummary::status).contains(PublishState.DRAFT, PublishState.PUBLISHED, PublishState.CLOSED);
        PollResultsService results = PollFeature.of(ws).results();
        assertThat(kind(results.results(1))).isEqualTo(Kind.LEADS);
        assertThat(kind(results.results(2))).isEqualTo(Kind.TOO_EARLY);
        assertThat(results.results(2).statistics().verdict().moreVotesNeeded()).isPositive();
        assertThat(kind(results.results(3))).isEqualTo(Kind.NO_MEANINGFUL_DIFFERENCE);
        PollResults reversal = results.results(4);
        assertThat(kind(reversal)).isEqualTo(Kind.LEADS);
        assertThat(reversal.segments()).filteredOn(s -> s.disagreement() == SegmentResult.Disagreement.REVERSED)
                .extracting(s -> s.segment().toString()).containsExactly("region=DE");
        assertThat(results.results(5).sampleRatio().flagged()).isTrue();
        assertThat(results.results(1).sampleRatio().flagged()).isFalse();
        assertThat(results.results(1).comments()).isPositive();
        assertThat(results.comments(1, "", 100)).isNotEmpty();
    }

    private static Kind kind(PollResults results) {
        return results.statistics().verdict().kind();
    }
}
