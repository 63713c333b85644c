import io.vitrine.insights.EngagementEvent;
import io.vitrine.insights.EngagementRepository;
import io.vitrine.insights.EventType;
import io.vitrine.insights.Segment;
import io.vitrine.poll.PollDraft;
import io.vitrine.poll.PollResults;
import io.vitrine.poll.PollResultsService;
import io.vitrine.poll.PollService;
import io.vitrine.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Poll results over a large vote history: the results service (two aggregate queries over the rollups +
 * the statistics engine: overall, every segment, the hourly timeline, the sample-ratio check) against a raw
 * baseline in the same process (the same counts with GROUP BY over engagement_event). Votes are spread
 * evenly over every segment combination and every hour of 30 days, the worst case for the rollups.
 * Its own data generator; run with bench/poll-results.sh [VOTES].
 */
public class PollResultsBench {
    private static final String[] INTERESTS = {"home decor", "lighting", "textiles", "sustainable living", "design"};
    private static final String[] REGIONS = {"FR", "DE", "IT", "ES", "GB", "US"};
    private static final String[] AGES = {"18-24", "25-34", "35-44", "45-54", "55+"};

    public static void main(String[] args) throws Exception {
        int votes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("poll-bench");
        Path file = dir.resolve("bench.vitrine");
        try (Workspace ws = Workspace.create(file, "Bench")) {
            long poll = new PollService(ws.database()).saveDraft(null, new PollDraft("Which one?", List.of(
                    PollDraft.OptionDraft.ofItem("A", "A"), PollDraft.OptionDraft.ofItem("B", "B"),
                    PollDraft.OptionDraft.ofItem("C", "C"), PollDraft.OptionDraft.ofItem("D", "D")), 720, List.of(), List.of(),
                    null, null)).id();
            long t0 = System.nanoTime();
            generate(ws, poll, votes);
            System.out.printf("generated %,d votes and %,d impressions over 30 days in %.1f s%n", votes, votes / 2,
                    (System.nanoTime() - t0) / 1e9);
            long rollupRows = ws.database().read(sql -> sql.scalar("SELECT count(*) FROM engagement_rollup"));
            System.out.printf("engagement_event rows: %,d; engagement_rollup rows: %,d%n",
                    ws.database().read(sql -> sql.scalar("SELECT count(*) FROM engagement_event")), rollupRows);

            PollResultsService service = new PollResultsService(ws);
            double results = medianMillis(() -> service.results(poll));
            double raw = medianMillis(() -> rawCounts(ws, poll));
            PollResults r = service.results(poll);
            System.out.printf("results from rollups (overall + %d segments + %d-hour timeline + statistics): median %.1f ms%n",
                    r.segments().size(), r.timeline().size(), results);
            System.out.printf("raw baseline (same counts with GROUP BY over engagement_event, no statistics): median %.1f ms%n", raw);
            System.out.printf("ratio raw / rollups: %.1fx%n", raw / results);
            System.out.println("verdict: " + r.verdictSentence());
        } finally {
            Workspace.deleteFiles(file);
            Files.deleteIfExists(dir);
        }
    }

    private static void generate(Workspace ws, long poll, int votes) {
        SplittableRandom random = new SplittableRandom(42);
        Instant start = Instant.parse("2026-10-01T00:00:00Z");
        EngagementRepository store = new EngagementRepository(ws.database());
        double[] preference = {0.31, 0.27, 0.22, 0.20};
        List<EngagementEvent> batch = new ArrayList<>();
        int impressions = votes / 2;
        for (int i = 0; i < votes + impressions; i++) {
            boolean vote = i < votes;
            Segment segment = new Segment(INTERESTS[random.nextInt(5)], REGIONS[random.nextInt(6)], AGES[random.nextInt(5)],
                    random.nextBoolean());
            int option = vote ? pick(random, preference) : random.nextInt(4);
            batch.add(new EngagementEvent((vote ? "v" : "i") + i, vote ? EventType.VOTE : EventType.IMPRESSION,
                    start.plusSeconds(random.nextLong(30L * 86_400)), null, poll, option, null, null, null, null, segment));
            if (batch.size() == 50_000) {
                store.store(batch);
                batch.clear();
            }
        }
        store.store(batch);
    }

    private static int pick(SplittableRandom random, double[] weights) {
        double r = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** What the results need, counted from the raw events: per option, per option and segment value, per hour. */
    private static long rawCounts(Workspace ws, long poll) {
        return ws.database().read(sql -> {
            long[] total = new long[1];
            String from = " FROM engagement_event WHERE poll_id = ? AND type = ?";
            sql.forEach("SELECT option_position, count(*)" + from + " GROUP BY 1", row -> total[0] += row.getLong(2), poll, "vote");
            sql.forEach("SELECT option_position, count(*)" + from + " GROUP BY 1", row -> total[0] += row.getLong(2), poll, "impression");
            for (String column : new String[] {"interest", "region", "age_band", "is_returning"}) {
                sql.forEach("SELECT " + column + ", option_position, count(*)" + from + " GROUP BY 1, 2",
                        row -> total[0] += row.getLong(3), poll, "vote");
            }
            sql.forEach("SELECT substr(occurred_at, 1, 13), option_position, count(*)" + from + " GROUP BY 1, 2",
                    row -> total[0] += row.getLong(3), poll, "vote");
            return total[0];
        });
    }

    private static double medianMillis(Supplier<?> work) {
        work.get(); // warm-up
        double[] times = new double[3];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            work.get();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }
}
