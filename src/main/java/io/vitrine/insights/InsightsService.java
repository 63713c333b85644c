package io.vitrine.insights;

import io.vitrine.common.Progress;
import io.vitrine.common.VitrineException;
import io.vitrine.workspace.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers the Insights questions — what happened, which post, which product, which audience — for the
 * screen, the CLI and the report alike, from the rollups. Each call checks the rollups are on the brand's
 * clock first (rebuilding them if the zone changed), so every answer uses the same day bounds.
 */
public final class InsightsService {
    static final String DAILY = "insights_daily";
    static final String HOURLY = "insights_hourly";
    static final String SEGMENTS = "insights_segment_daily";
    static final String ITEMS = "insights_item_daily";

    private final InsightsRepository repository;
    private final InsightsRollupRepository rollups;

    public InsightsService(Database database) {
        this.repository = new InsightsRepository(database);
        this.rollups = new InsightsRollupRepository(database);
    }

    /** The brand's clock, after making sure the rollups are cut on it (a rebuild reports progress). */
    public BrandClock clock(Progress progress) {
        return rollups.ensureCurrent(progress);
    }

    public BrandClock clock() {
        return clock(Progress.NONE);
    }

    public List<CampaignRef> campaigns() {
        return repository.campaigns();
    }

    /** A campaign's id by its name, for the CLI's --campaign. */
    public long campaignId(String name) {
        return repository.campaignId(name).orElseThrow(() -> new VitrineException(
                "There is no campaign named “" + name + "” in this workspace.",
                "Check the spelling (./studio post campaign list), or leave out --campaign for every post and poll."));
    }

    /** Totals of the filter and of the period of the same length before it. */
    public Summary summary(InsightsFilter filter) {
        BrandClock clock = clock();
        Totals now = totals(filter, clock);
        InsightsFilter before = filter.previous();
        InsightsPeriod period = filter.period() != null ? filter.period()
                : dataPeriod(RollupQuery.of(filter, clock, false)).orElse(null);
        return new Summary(period, now, before == null ? null : before.period(),
                before == null ? null : totals(before, clock), clock.zone().getId());
    }

    public Funnel funnel(InsightsFilter filter) {
        return Funnel.of(totals(filter, clock()).events());
    }

    /** Every post of the filter's campaign with events or published, most purchases first, then most clicks. */
    public List<PublicationTotals> posts(InsightsFilter filter) {
        BrandClock clock = clock();
        Map<String, Tally> tallies = Tally.byKey(repository.sums(DAILY, "subject_id",
                RollupQuery.of(filter, clock, false).postsOnly()), row -> true);
        List<PublicationTotals> posts = new ArrayList<>();
        for (InsightsRepository.Publication post : repository.posts(filter.campaignId()).values()) {
            Tally tally = tallies.get(Long.toString(post.id()));
            if (tally != null || "published".equals(post.status())) {
                posts.add(new PublicationTotals("post", post.id(), post.title(), post.status(),
                        tally == null ? Totals.NONE : tally.totals()));
            }
        }
        posts.sort(Comparator.comparingLong((PublicationTotals p) -> -p.totals().count(EventType.PURCHASE))
                .thenComparingLong(p -> -p.totals().count(EventType.PRODUCT_CLICK)).thenComparingLong(PublicationTotals::id));
        return posts;
    }

    /** Every item tagged on the filter's posts or shopped through them, most purchases first. */
    public List<ProductTotals> products(InsightsFilter filter) {
        return products(RollupQuery.of(filter, clock(), false), repository.taggedItems(filter.campaignId()));
    }

    List<ProductTotals> products(RollupQuery query, Map<String, Integer> tagged) {
        Map<String, Tally> tallies = Tally.byKey(repository.sums(ITEMS, "item_id", query), row -> false);
        Map<String, Integer> items = new LinkedHashMap<>(tagged);
        tallies.keySet().forEach(item -> items.putIfAbsent(item, 0));
        Map<String, String> titles = repository.titles(items.keySet());
        List<ProductTotals> products = new ArrayList<>();
        items.forEach((item, posts) -> products.add(new ProductTotals(item, titles.get(item),
                tallies.containsKey(item) ? tallies.get(item).totals() : Totals.NONE, posts)));
        products.sort(Comparator.comparingLong((ProductTotals p) -> -p.totals().count(EventType.PURCHASE))
                .thenComparingLong(p -> -p.totals().count(EventType.PRODUCT_CLICK)).thenComparing(ProductTotals::itemId));
        return products;
    }

    /** Where an item's clicks, carts and purchases came from: each post (or poll) of the filter, most purchases first. */
    public List<PublicationTotals> productSources(InsightsFilter filter, String itemId) {
        Map<String, Tally> tallies = Tally.byKey(repository.sums(ITEMS, "subject_kind || ' ' || subject_id",
                RollupQuery.of(filter, clock(), false).item(itemId)), row -> row.key().startsWith("post"));
        Map<Long, InsightsRepository.Publication> posts = repository.posts(filter.campaignId());
        Map<Long, InsightsRepository.Publication> polls = repository.polls(filter.campaignId());
        List<PublicationTotals> sources = new ArrayList<>();
        tallies.forEach((key, tally) -> {
            String[] parts = key.split(" ");
            long id = Long.parseLong(parts[1]);
            InsightsRepository.Publication p = ("post".equals(parts[0]) ? posts : polls).get(id);
            sources.add(new PublicationTotals(parts[0], id, p == null ? null : p.title(), p == null ? null : p.status(),
                    tally.totals()));
        });
        sources.sort(Comparator.comparingLong((PublicationTotals p) -> -p.totals().count(EventType.PURCHASE))
                .thenComparingLong(p -> -p.totals().count(EventType.PRODUCT_CLICK)));
        return sources;
    }

    /** Each segment dimension's values with their events, largest audience (impressions) first. */
    public Map<SegmentDimension, List<SegmentRow>> segments(InsightsFilter filter) {
        Map<SegmentDimension, Map<String, long[]>> counts = new EnumMap<>(SegmentDimension.class);
        for (SegmentDimension d : SegmentDimension.values()) {
            counts.put(d, new LinkedHashMap<>());
        }
        for (InsightsRepository.Row row : repository.sums(SEGMENTS, "dimension || '=' || value",
                RollupQuery.segments(filter))) {
            int split = row.key().indexOf('=');
            SegmentDimension dimension = SegmentDimension.fromCode(row.key().substring(0, split));
            counts.get(dimension).computeIfAbsent(row.key().substring(split + 1), v -> new long[EventType.values().length])
                    [row.type().ordinal()] += row.events();
        }
        Map<SegmentDimension, List<SegmentRow>> table = new EnumMap<>(SegmentDimension.class);
        counts.forEach((dimension, values) -> {
            List<SegmentRow> rows = new ArrayList<>();
            values.forEach((value, c) -> {
                if (java.util.Arrays.stream(c).anyMatch(n -> n != 0)) { // a campaign move can leave zeros behind
                    rows.add(new SegmentRow(dimension, value, dimension.describe(value), EventCounts.of(c)));
                }
            });
            rows.sort(Comparator.comparingLong((SegmentRow r) -> -r.events().get(EventType.IMPRESSION))
                    .thenComparing(SegmentRow::label));
            table.put(dimension, List.copyOf(rows));
        });
        return table;
    }

    Totals totals(InsightsFilter filter, BrandClock clock) {
        Tally tally = new Tally();
        for (InsightsRepository.Row row : repository.sums(DAILY, "subject_kind", RollupQuery.of(filter, clock, false))) {
            tally.add(row, "post".equals(row.key()));
        }
        return tally.totals();
    }

    /** For all time: the first to the last local day with events matching a query over the daily totals. */
    Optional<InsightsPeriod> dataPeriod(RollupQuery daily) {
        return repository.dayRange(daily).map(range -> new InsightsPeriod(LocalDate.parse(range[0]), LocalDate.parse(range[1])));
    }

    InsightsRepository repository() {
        return repository;
    }
}
