package io.vitrine.catalog;

import io.vitrine.common.Formats;

/**
 * When a re-import would mark a large share of a source's items removed, the file is more likely cut off
 * (an interrupted download, an export that stopped) than the shop halving its range overnight: those items
 * are kept, the import says so, and {@code --accept-removals} applies the removals when they are real.
 * Keeping an item one import too long costs nothing; marking it removed flags every post that tags it.
 */
public record RemovalGuard(double maxShare, long minItems) {
    /** More than a quarter of the source's items, and at least 20 of them. */
    public static final RemovalGuard DEFAULT = new RemovalGuard(0.25, 20);

    /** True when removing {@code gone} of the source's {@code live} items needs the user's say-so. */
    public boolean holdsBack(long gone, long live) {
        return gone >= minItems && gone > live * maxShare;
    }

    /** The import report's note when the removals were held back. */
    static String note(long gone, long live) {
        return "This file lists " + Formats.count(live - gone) + " of the " + Formats.count(live) + " items this source had;"
                + " it may be cut off, so the " + Formats.count(gone) + " it no longer lists were kept, not marked removed."
                + " If they really are gone, import it again with \"Mark missing items removed\" ticked (--accept-removals on"
                + " the command line).";
    }
}
