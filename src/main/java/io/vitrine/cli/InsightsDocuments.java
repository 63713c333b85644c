package io.vitrine.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.vitrine.insights.EventType;
import io.vitrine.insights.Funnel;
import io.vitrine.insights.InsightsPeriod;
import io.vitrine.insights.Money;
import io.vitrine.insights.ProductTotals;
import io.vitrine.insights.PublicationTotals;
import io.vitrine.insights.Summary;
import io.vitrine.insights.Totals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The JSON documents {@code insights … --json} prints (field names as in the README). */
final class InsightsDocuments {
    private InsightsDocuments() {
    }

    record Amount(String currency, BigDecimal amount) {
        static List<Amount> of(List<Money> revenue) {
            return revenue.stream().map(m -> new Amount(m.currency(), m.amount())).toList();
        }
    }

    record Period(String from, String to, String timeZone) {
        static Period of(InsightsPeriod period, String zone) {
            return period == null ? null : new Period(period.from().toString(), period.to().toString(), zone);
        }
    }

    /** A period's figures: every event type, revenue per currency, click-through (post clicks / post impressions). */
    record Figures(Period period, Map<String, Long> events, List<Amount> revenue,
                   @JsonInclude(JsonInclude.Include.ALWAYS) Double clickThrough) {
        static Figures of(InsightsPeriod period, Totals totals, String zone) {
            return new Figures(Period.of(period, zone), totals.events().byCode(), Amount.of(totals.revenue()),
                    totals.clickThrough());
        }
    }

    record SummaryDocument(Period period, Map<String, Long> events, List<Amount> revenue,
                           @JsonInclude(JsonInclude.Include.ALWAYS) Double clickThrough,
                           @JsonInclude(JsonInclude.Include.ALWAYS) Figures previous) {
        static SummaryDocument of(Summary s) {
            return new SummaryDocument(Period.of(s.period(), s.timeZone()), s.totals().events().byCode(),
                    Amount.of(s.totals().revenue()), s.totals().clickThrough(),
                    s.previous() == null ? null : Figures.of(s.previousPeriod(), s.previous(), s.timeZone()));
        }
    }

    record PostDocument(long postId, long impressions, long smiles, long comments, long productClicks, long addToCarts,
                        long purchases, List<Amount> revenue) {
        static PostDocument of(PublicationTotals p) {
            Totals t = p.totals();
            return new PostDocument(p.id(), t.count(EventType.IMPRESSION), t.count(EventType.SMILE), t.count(EventType.COMMENT),
                    t.count(EventType.PRODUCT_CLICK), t.count(EventType.ADD_TO_CART), t.count(EventType.PURCHASE),
                    Amount.of(t.revenue()));
        }
    }

    record ProductDocument(String itemId, @JsonInclude(JsonInclude.Include.ALWAYS) String title, long productClicks,
                           long addToCarts, long purchases, List<Amount> revenue, int posts) {
        static ProductDocument of(ProductTotals p) {
            Totals t = p.totals();
            return new ProductDocument(p.itemId(), p.title(), t.count(EventType.PRODUCT_CLICK), t.count(EventType.ADD_TO_CART),
                    t.count(EventType.PURCHASE), Amount.of(t.revenue()), p.posts());
        }
    }

    record Step(String name, long count, @JsonInclude(JsonInclude.Include.ALWAYS) Double rate) {
    }

    record FunnelDocument(List<Step> steps) {
        static FunnelDocument of(Funnel funnel) {
            return new FunnelDocument(funnel.steps().stream().map(s -> new Step(s.name(), s.count(), s.rate())).toList());
        }
    }
}
