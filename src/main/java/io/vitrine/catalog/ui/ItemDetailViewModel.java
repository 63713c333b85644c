package io.vitrine.catalog.ui;

import io.vitrine.catalog.ItemSummary;
import io.vitrine.catalog.StoredItem;
import io.vitrine.catalog.item.CatalogItem;
import io.vitrine.common.Formats;
import io.vitrine.ui.LatestResult;
import io.vitrine.ui.ShellStatus;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

/**
 * What the detail pane says about one item: its picture (fetched in the background), price and sale price,
 * stock, identifiers and attributes as facts, description and link; and copying the link.
 */
public final class ItemDetailViewModel {
    /** A line of the facts table: "GTIN 4006381333931". */
    public record Fact(String name, String value) {
    }

    private final ThumbnailLoader pictures;
    private final ShellStatus status;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<StoredItem> item = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Image> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper price = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper wasPrice = new ReadOnlyStringWrapper("");
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObservableList<Fact> factsView = FXCollections.unmodifiableObservableList(facts);
    private final LatestResult pictureRequests = new LatestResult();
    private String shownLink;

    public ItemDetailViewModel(ThumbnailLoader pictures, ShellStatus status, ZoneId zone) {
        this.pictures = pictures;
        this.status = status;
        this.zone = zone;
    }

    /** Shows an item (null: the placeholder). */
    public void show(StoredItem stored) {
        item.set(stored);
        if (stored == null) {
            return;
        }
        CatalogItem shown = stored.item();
        price.set(Formats.money(shown.currentPriceMicros(), shown.currency()));
        wasPrice.set(shown.onSale() ? Formats.money(shown.priceMicros(), shown.currency()) : "");
        facts.setAll(facts(stored));
        showPicture(shown.imageLink());
    }

    /** A new picture only when the link changed: switching between variants with the same photo does not blink. */
    private void showPicture(String link) {
        if (link != null && link.equals(shownLink)) {
            return;
        }
        shownLink = link;
        picture.set(null);
        pictures.load(link, pictureRequests.next().deliver(picture::set));
    }

    /** The product link was put on the clipboard (by the view). */
    public void linkCopied(String link) {
        status.notify("Product link copied: " + link);
    }

    private List<Fact> facts(StoredItem stored) {
        CatalogItem item = stored.item();
        List<Fact> all = new ArrayList<>();
        add(all, "ID", item.id());
        add(all, "Brand", item.brand());
        add(all, "GTIN", item.gtin());
        add(all, "MPN", item.mpn());
        add(all, "Colour", item.color());
        add(all, "Size", item.size());
        add(all, "Material", item.material());
        add(all, "Pattern", item.pattern());
        add(all, "Gender", item.gender());
        add(all, "Age group", item.ageGroup());
        add(all, "Condition", item.condition());
        add(all, "Stock", item.stockQuantity() == null ? null : Formats.count(item.stockQuantity()));
        add(all, "Category", item.productType());
        add(all, "Google category", item.googleCategory());
        add(all, "Labels", item.customLabels().stream().filter(Objects::nonNull).reduce((a, b) -> a + ", " + b).orElse(null));
        add(all, "Source", stored.sourceName());
        add(all, "Updated", stored.updatedAt() == null ? null : Formats.dateTime(stored.updatedAt(), zone));
        return all;
    }

    private static void add(List<Fact> facts, String name, Object value) {
        if (value != null) {
            facts.add(new Fact(name, value.toString()));
        }
    }

    public ReadOnlyObjectProperty<StoredItem> itemProperty() {
        return item.getReadOnlyProperty();
    }

    /** The item's summary, for its stock badge; null when nothing is shown. */
    public ItemSummary summary() {
        return item.get() == null ? null : item.get().summary();
    }

    public ReadOnlyObjectProperty<Image> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty priceProperty() {
        return price.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty wasPriceProperty() {
        return wasPrice.getReadOnlyProperty();
    }

    public ObservableList<Fact> facts() {
        return factsView;
    }
}
