package io.vitrine.studio;

import io.vitrine.brand.BrandFeature;
import io.vitrine.brand.KeywordAutomations;
import io.vitrine.brand.CampaignUsage;
import io.vitrine.calendar.CalendarFeature;
import io.vitrine.catalog.CatalogFeature;
import io.vitrine.catalog.find.FindFeature;
import io.vitrine.common.EventBus;
import io.vitrine.conversation.ConversationFeature;
import io.vitrine.common.Features;
import io.vitrine.image.ImageStore;
import io.vitrine.insights.ConversationFigures;
import io.vitrine.insights.InsightsFeature;
import io.vitrine.poll.PollFeature;
import io.vitrine.post.PostFeature;
import io.vitrine.report.ReportFeature;
import io.vitrine.sync.SyncFeature;
import io.vitrine.sync.TokenStore;
import io.vitrine.workspace.Workspace;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every feature's root for one open workspace, built once, bottom layer first, each handed the lower
 * roots it uses. The app passes it to screens through {@code StudioContext}; the CLI's commands use it
 * too, so a screen and a command always run the same services.
 */
public final class StudioFeatures implements Features {
    private final Map<Class<?>, Object> roots = new LinkedHashMap<>();
    private final CatalogFeature catalog;
    private final FindFeature find;
    private final InsightsFeature insights;
    private final BrandFeature brand;
    private final PostFeature posts;
    private final PollFeature polls;
    private final CalendarFeature calendar;
    private final ReportFeature reports;
    private final ConversationFeature conversations;
    private final SyncFeature sync;

    private StudioFeatures(Workspace workspace, EventBus events, TokenStore tokens, Clock clock) {
        ImageStore images = add(ImageStore.class, new ImageStore(workspace.database()));
        catalog = add(CatalogFeature.class, CatalogFeature.of(workspace.database(), events, clock));
        find = add(FindFeature.class, FindFeature.of(workspace.database(), catalog));
        insights = add(InsightsFeature.class, InsightsFeature.of(workspace.database()));
        brand = add(BrandFeature.class, BrandFeature.of(workspace.database()));
        posts = add(PostFeature.class, PostFeature.of(workspace.database(), catalog, brand, images, clock));
        polls = add(PollFeature.class, PollFeature.of(workspace, catalog, brand, images, clock));
        calendar = add(CalendarFeature.class, CalendarFeature.of(posts, polls, brand));
        add(CampaignUsage.class, calendar.calendar());
        reports = add(ReportFeature.class, ReportFeature.of(workspace, insights, polls, clock));
        conversations = add(ConversationFeature.class, ConversationFeature.of(workspace.database(), events, posts,
                polls.repository(), clock));
        add(KeywordAutomations.class, conversations.automations()); // for the composer and the poll builder
        add(ConversationFigures.class, conversations.figures()); // for the Insights screen
        sync = add(SyncFeature.class, SyncFeature.of(workspace.database(), events, posts, polls, insights, conversations,
                tokens, clock));
    }

    /** The roots over {@code workspace}; events go to {@code events}, tokens live in the user's config folder. */
    public static StudioFeatures of(Workspace workspace, EventBus events) {
        return of(workspace, events, TokenStore.inUserConfig(), Clock.systemUTC());
    }

    public static StudioFeatures of(Workspace workspace, EventBus events, TokenStore tokens, Clock clock) {
        return new StudioFeatures(workspace, events, tokens, clock);
    }

    private <T> T add(Class<T> type, T root) {
        roots.put(type, root);
        return root;
    }

    @Override
    public <T> T get(Class<T> type) {
        Object root = roots.get(type);
        if (root == null) {
            throw new IllegalStateException("No feature root " + type.getSimpleName() + " is wired in StudioFeatures");
        }
        return type.cast(root);
    }

    public FindFeature find() {
        return find;
    }

    public CatalogFeature catalog() {
        return catalog;
    }

    public InsightsFeature insights() {
        return insights;
    }

    public BrandFeature brand() {
        return brand;
    }

    public PostFeature posts() {
        return posts;
    }

    public PollFeature polls() {
        return polls;
    }

    public CalendarFeature calendar() {
        return calendar;
    }

    public ReportFeature reports() {
        return reports;
    }

    public ConversationFeature conversations() {
        return conversations;
    }

    public SyncFeature sync() {
        return sync;
    }
}
