package io.vitrine.app;

import io.vitrine.catalog.ui.CatalogView;
import io.vitrine.insights.ui.InsightsView;
import io.vitrine.poll.ui.PollsView;
import io.vitrine.report.ui.ReportsView;
import io.vitrine.ui.EmptyState;
import io.vitrine.ui.SectionView;
import io.vitrine.ui.StudioContext;
import javafx.scene.Node;

/**
 * Builds each section's screen for an open workspace. A feature plugs its screen in here; until
 * then the section shows an honest empty state that says what will be there.
 */
final class Sections {
    private Sections() {
    }

    static SectionView create(Section section, StudioContext context) {
        return switch (section) {
            case CATALOG -> new CatalogView(context);
            case POSTS -> new io.vitrine.post.ui.PostsView(context);
            case POLLS -> new PollsView(context);
            case CALENDAR -> new io.vitrine.post.ui.CalendarView(context);
            case INSIGHTS -> new InsightsView(context);
            case REPORTS -> new ReportsView(context);
            default -> comingSoon(section);
        };
    }

    private static SectionView comingSoon(Section section) {
        Node empty = new EmptyState(section.icon(), section.title() + " is not built yet", section.purpose());
        return () -> empty;
    }
}
