package io.vitrine.ui;

import java.util.List;

/**
 * The style classes of the studio's own stylesheet ({@code studio.css}) that screens of several features use.
 * AtlantaFX's own classes come from {@code atlantafx.base.theme.Styles} ({@code Styles.ACCENT},
 * {@code Styles.TEXT_MUTED}, ...); a class only one widget uses is a constant of that widget.
 */
public final class StyleClasses {
    /** A rounded badge (status, stock); with one of the tints below. */
    public static final String BADGE = "badge";
    public static final String BADGE_POSITIVE = "badge-positive";
    public static final String BADGE_WARNING = "badge-warning";
    public static final String BADGE_NEGATIVE = "badge-negative";
    public static final String BADGE_NEUTRAL = "badge-neutral";
    public static final String BADGE_ACCENT = "badge-accent";
    public static final List<String> BADGE_TINTS = List.of(BADGE_POSITIVE, BADGE_WARNING, BADGE_NEGATIVE, BADGE_NEUTRAL,
            BADGE_ACCENT);

    /** A framed panel holding a form or an item to act on (brand setup, campaign form, a stale pin). */
    public static final String CARD = "form-card";
    /** A problem found in a post or a form: an error to fix, or a warning. */
    public static final String PROBLEM_ERROR = "problem-error";
    public static final String PROBLEM_WARNING = "problem-warning";

    /** A catalog item in a list: its title, a detail line, its price. */
    public static final String ITEM_TITLE = "item-title";
    public static final String ITEM_DETAIL = "item-detail";
    public static final String ITEM_PRICE = "item-price";

    private StyleClasses() {
    }
}
