package io.vitrine.cli;

import io.vitrine.common.Formats;
import io.vitrine.insights.EventType;
import io.vitrine.insights.FunnelStep;
import io.vitrine.insights.InsightsFilter;
import io.vitrine.insights.InsightsService;
import io.vitrine.insights.Money;
import io.vitrine.insights.ProductTotals;
import io.vitrine.insights.PublicationTotals;
import io.vitrine.insights.Summary;
import io.vitrine.insights.Totals;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ./studio insights summary|posts|products|funnel|export-chart}: engagement figures from the workspace. */
@Command(mixinStandardHelpOptions = true, name = "insights", description = "Engagement figures from the workspace.",
        subcommands = {InsightsCommand.SummaryCommand.class, InsightsCommand.Posts.class, InsightsCommand.Products.class,
                InsightsCommand.FunnelCommand.class, InsightsChartCommand.class})
final class InsightsCommand {

    /** Opens the workspace, builds the filter and runs one question; prints JSON or text. */
    abstract static class Question implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Mixin
        InsightsOptions options;
        @Mixin
        JsonOption json;

        @Override
        public Integer call() {
            try (WorkspaceOption.OpenWorkspace opened = workspace.open()) {
                InsightsService insights = opened.features().insights().insights();
                InsightsFilter filter = options.filter(insights);
                PrintWriter out = spec.commandLine().getOut();
                Object document = answer(insights, filter, out);
                if (json.enabled()) {
                    json.write(document);
                }
                out.flush();
            }
            return 0;
        }

        /** The JSON document; when not printing JSON, also writes the text form to {@code out}. */
        abstract Object answer(InsightsService insights, InsightsFilter filter, PrintWriter out);

        boolean text() {
            return !json.enabled();
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "summary", description = {"Every event type, revenue per currency and",
            "click-through, with the same figures for the period of the same length just before (with --from)."})
    static final class SummaryCommand extends Question {
        @Override
        Object answer(InsightsService insights, InsightsFilter filter, PrintWriter out) {
            Summary summary = insights.summary(filter);
            if (text()) {
                out.println(summary.period() == null ? "No events yet." : (options.from == null ? "All time: " : "")
                        + summary.period().from() + " to " + summary.period().to() + " (" + summary.timeZone() + ")");
                out.printf("%-16s %14s %14s%n", "", "this period", summary.previous() == null ? ""
                        : "previous (" + summary.previousPeriod().days() + " days)");
                for (EventType type : EventType.values()) {
                    out.printf("%-16s %14s %14s%n", type.plural(), Formats.count(summary.totals().count(type)),
                            summary.previous() == null ? "" : Formats.count(summary.previous().count(type)));
                }
                out.printf("%-16s %14s%n", "Click-through", rate(summary.totals().clickThrough()));
                out.printf("%-16s %14s%n", "Revenue", revenue(summary.totals().revenue()));
            }
            return InsightsDocuments.SummaryDocument.of(summary);
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "posts", description = "Each post's engagement and revenue per currency, best sellers first.")
    static final class Posts extends Question {
        @Override
        Object answer(InsightsService insights, InsightsFilter filter, PrintWriter out) {
            List<PublicationTotals> posts = insights.posts(filter);
            if (text()) {
                out.printf("%-6s %12s %9s %9s %9s %10s  %s%n", "Post", "Impressions", "Clicks", "Carts", "Purchases",
                        "Click-thru", "Revenue");
                for (PublicationTotals p : posts) {
                    Totals t = p.totals();
                    out.printf("%-6s %12s %9s %9s %9s %10s  %s%n", "#" + p.id(), Formats.count(t.count(EventType.IMPRESSION)),
                            Formats.count(t.count(EventType.PRODUCT_CLICK)), Formats.count(t.count(EventType.ADD_TO_CART)),
                            Formats.count(t.count(EventType.PURCHASE)), rate(t.clickThrough()), revenue(t.revenue()));
                }
            }
            return posts.stream().map(InsightsDocuments.PostDocument::of).toList();
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "products", description = "Each tagged product's clicks, add-to-carts, purchases and revenue.")
    static final class Products extends Question {
        @Override
        Object answer(InsightsService insights, InsightsFilter filter, PrintWriter out) {
            List<ProductTotals> products = insights.products(filter);
            if (text()) {
                int width = products.stream().mapToInt(p -> p.itemId().length()).max().orElse(4);
                String line = "%-" + width + "s  %-30.30s %8s %8s %9s %5s  %s%n";
                out.printf(line, "Item", "Title", "Clicks", "Carts", "Purchases", "Posts", "Revenue");
                for (ProductTotals p : products) {
                    Totals t = p.totals();
                    out.printf(line, p.itemId(), p.title() == null ? "" : p.title(),
                            Formats.count(t.count(EventType.PRODUCT_CLICK)), Formats.count(t.count(EventType.ADD_TO_CART)),
                            Formats.count(t.count(EventType.PURCHASE)), Integer.toString(p.posts()), revenue(t.revenue()));
                }
            }
            return products.stream().map(InsightsDocuments.ProductDocument::of).toList();
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "funnel", description = {"Impressions → engagements (smiles, comments, votes)",
            "→ product clicks → add-to-carts → purchases, each with the share of the step before."})
    static final class FunnelCommand extends Question {
        @Override
        Object answer(InsightsService insights, InsightsFilter filter, PrintWriter out) {
            var funnel = insights.funnel(filter);
            if (text()) {
                for (FunnelStep step : funnel.steps()) {
                    out.printf("%-16s %14s %8s%n", step.label(), Formats.count(step.count()), step.rate() == null ? "" : rate(step.rate()));
                }
            }
            return InsightsDocuments.FunnelDocument.of(funnel);
        }
    }

    static String rate(Double rate) {
        return rate == null ? "–" : Formats.percent(rate);
    }

    static String revenue(List<Money> revenue) {
        return revenue.isEmpty() ? "–" : revenue.stream().map(Money::display).collect(Collectors.joining(", "));
    }
}
