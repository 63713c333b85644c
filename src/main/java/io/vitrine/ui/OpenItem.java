package io.vitrine.ui;

/**
 * A request, published on the event bus, to show one post or poll in its own section (the calendar
 * asks for this when a chip is opened), or a post's results in Insights (the post list and the composer
 * ask for that). The shell switches section and hands the id to the view.
 */
public record OpenItem(Kind kind, long id) {
    /** What is to be opened; each kind belongs to one section. */
    public enum Kind { POST, POLL, POST_RESULTS }
}
