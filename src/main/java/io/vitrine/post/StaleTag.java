package io.vitrine.post;

import io.vitrine.brand.PublishState;
import io.vitrine.catalog.ItemSummary;
import java.util.List;

/**
 * A pin whose product shoppers can no longer buy: removed from the catalog by a re-import, out of
 * stock, or never imported. {@code alternatives} are purchasable variants of the same item group
 * (another colour or size) to retag to in one click.
 */
public record StaleTag(long tagId, long postId, PublishState postStatus, String postHeadline, int imagePosition,
                       String itemId, String itemTitle, Reason reason, List<ItemSummary> alternatives) {

    public StaleTag {
        alternatives = List.copyOf(alternatives);
    }

    public enum Reason {
        REMOVED("removed from the catalog"),
        OUT_OF_STOCK("out of stock"),
        MISSING("not in the catalog");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** "Lune table lamp (LAMP-1) is out of stock". */
    public String describe() {
        return (itemTitle == null ? itemId : itemTitle + " (" + itemId + ")") + " is " + reason.text();
    }
}
