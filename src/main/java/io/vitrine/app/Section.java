package io.vitrine.app;

import org.kordamp.ikonli.feather.Feather;

/** The main window's sections, in navigation order; Shortcut+1…8 jump to them. */
public enum Section {
    CATALOG("Catalog", Feather.PACKAGE,
            "Import your product feed (Google Merchant Center, Meta, Shopify, CSV or Excel) to browse, search and tag products."),
    POSTS("Posts", Feather.IMAGE,
            "Compose shoppable posts: photos with products pinned on them, captions, hashtags and a schedule."),
    POLLS("Polls", Feather.BAR_CHART_2,
            "Ask your audience to choose between two to four products, colours or designs, and read the votes as a live focus group."),
    INBOX("Inbox", Feather.MESSAGE_SQUARE,
            "Read and answer every comment under your posts and polls; the answer assistant drafts replies about stock, sizes and colours from the catalog."),
    CALENDAR("Calendar", Feather.CALENDAR,
            "See scheduled and published posts and polls by month or week, and drag them to reschedule."),
    INSIGHTS("Insights", Feather.TRENDING_UP,
            "Chart impressions, smiles, comments, votes, clicks, add-to-carts and purchases over time and by audience segment."),
    REPORTS("Reports", Feather.FILE_TEXT,
            "Export Excel workbooks per campaign or for the whole workspace, with KPIs, poll statistics and native charts."),
    SYNC("Sync", Feather.REFRESH_CW,
            "Connect your brand to the platform, publish what is scheduled, and bring back engagement, safely and without double counting.");

    private final String title;
    private final Feather icon;
    private final String purpose;

    Section(String title, Feather icon, String purpose) {
        this.title = title;
        this.icon = icon;
        this.purpose = purpose;
    }

    public String title() {
        return title;
    }

    public Feather icon() {
        return icon;
    }

    /** What the section is for, shown until the section has content. */
    public String purpose() {
        return purpose;
    }

    /** The fx:id of the section's navigation button, used by tests and keyboard navigation. */
    public String navId() {
        return "nav" + title;
    }
}
