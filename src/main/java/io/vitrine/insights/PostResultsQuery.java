package io.vitrine.insights;

import io.vitrine.common.VitrineException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One post's results: its totals, series, tagged products and the heat of each pin. */
public final class PostResultsQuery {
    private final InsightsService insights;
    private final InsightsSeries series;
    private final InsightsRepository repository;

    public PostResultsQuery(InsightsService insights, InsightsSeries series) {
        this.insights = insights;
        this.series = series;
        this.repository = insights.repository();
    }

    /** The post's results in the filter's period (all time when it has none); the campaign filter does not apply. */
    public PostResults results(long postId, InsightsFilter filter) {
        InsightsRepository.Publication post = repository.post(postId).orElseThrow(() -> new VitrineException(
                "There is no post #" + postId + " in this workspace.", "Check the id with ./studio post list."));
        InsightsFilter own = new InsightsFilter(filter.period(), null);
        BrandClock clock = insights.clock();
        Tally tally = new Tally();
        repository.sums(InsightsService.DAILY, "subject_kind", RollupQuery.of(own, clock, false).post(postId))
                .forEach(row -> tally.add(row, true));
        List<InsightsRepository.Pin> tags = repository.pins(postId);
        Map<String, Integer> tagged = new LinkedHashMap<>();
        tags.forEach(t -> tagged.put(t.itemId(), 1));
        List<ProductTotals> products = insights.products(RollupQuery.of(own, clock, false).post(postId), tagged);
        return new PostResults(new PublicationTotals("post", postId, post.title(), post.status(), tally.totals()),
                series.series(own, null, postId), products, heat(tags, products), repository.photos(postId));
    }

    private static List<PinHeat> heat(List<InsightsRepository.Pin> tags, List<ProductTotals> products) {
        Map<String, Long> clicks = new HashMap<>();
        products.forEach(p -> clicks.put(p.itemId(), p.totals().count(EventType.PRODUCT_CLICK)));
        long most = tags.stream().mapToLong(t -> clicks.getOrDefault(t.itemId(), 0L)).max().orElse(0);
        List<PinHeat> pins = new ArrayList<>();
        for (InsightsRepository.Pin t : tags) {
            long c = clicks.getOrDefault(t.itemId(), 0L);
            pins.add(new PinHeat(t.tagId(), t.imagePosition(), t.itemId(), t.title(), t.x(), t.y(), c,
                    most == 0 ? 0 : (double) c / most));
        }
        return pins;
    }
}
