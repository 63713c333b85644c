package io.vitrine.catalog.feed;

import io.vitrine.catalog.item.Availability;
import io.vitrine.catalog.item.CatalogItem;
import io.vitrine.catalog.item.Field;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a raw feed row into a catalog item, or rejects it. Rejected: no id, no title, a price that is
 * missing, negative or unreadable. Warnings (the item imports without the field): invalid GTIN, a sale
 * price that is unreadable or not lower than the price, an unknown availability or quantity.
 */
public final class ItemParser {
    static final int MAX_DESCRIPTION = 5_000;
    private static final Field[] CUSTOM_LABELS = {Field.CUSTOM_LABEL_0, Field.CUSTOM_LABEL_1, Field.CUSTOM_LABEL_2,
        Field.CUSTOM_LABEL_3, Field.CUSTOM_LABEL_4};
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");
    private static final Pattern IMAGE_LIST = Pattern.compile(",(?=\\s*(https?:|file:|/|[\\w.-]+/))|\\s*\\n\\s*");
    private static final Pattern HAS_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    private final String defaultCurrency;
    private final URI linkBase;

    /**
     * @param defaultCurrency currency for prices written without one (may be null: such rows are rejected)
     * @param linkBase        where relative image and product links point (the feed's folder), or null
     */
    public ItemParser(String defaultCurrency, URI linkBase) {
        this.defaultCurrency = defaultCurrency;
        this.linkBase = linkBase;
    }

    public ParsedRow parse(FeedRow row) {
        long line = row.line();
        List<RowIssue> warnings = new ArrayList<>(0);
        String id = HtmlText.line(row.get(Field.ID));
        if (id == null) {
            return ParsedRow.rejected(new RowIssue(line, null, Field.ID.key(), "has no id"), warnings);
        }
        String title = HtmlText.line(row.get(Field.TITLE));
        if (title == null) {
            return ParsedRow.rejected(new RowIssue(line, id, Field.TITLE.key(), "has no title"), warnings);
        }
        String currencyColumn = row.get(Field.CURRENCY);
        String currency = currencyColumn != null && Prices.isCurrency(currencyColumn)
                ? currencyColumn.toUpperCase(Locale.ROOT) : defaultCurrency;
        Prices.Result price = Prices.parse(row.get(Field.PRICE), currency);
        if (!price.ok()) {
            return ParsedRow.rejected(new RowIssue(line, id, Field.PRICE.key(), "price " + price.problem()), warnings);
        }
        Long salePrice = salePrice(row, id, price.money(), warnings);
        Integer quantity = quantity(row, id, warnings);
        Availability availability = availability(row, id, quantity, warnings);
        String gtin = row.get(Field.GTIN);
        if (gtin != null) {
            String problem = Gtin.problem(gtin);
            if (problem != null) {
                warnings.add(new RowIssue(line, id, Field.GTIN.key(), "GTIN " + problem));
                gtin = null;
            } else {
                gtin = Gtin.normalize(gtin);
            }
        }
        CatalogItem item = new CatalogItem(id, HtmlText.line(row.get(Field.ITEM_GROUP_ID)), title,
                description(row, id, warnings), HtmlText.line(row.get(Field.BRAND)), gtin, HtmlText.line(row.get(Field.MPN)),
                price.money().micros(), price.money().currency(), salePrice, availability, quantity,
                lower(row.get(Field.CONDITION)), HtmlText.line(row.get(Field.COLOR)), HtmlText.line(row.get(Field.SIZE)),
                HtmlText.line(row.get(Field.MATERIAL)), HtmlText.line(row.get(Field.PATTERN)), lower(row.get(Field.GENDER)),
                lower(row.get(Field.AGE_GROUP)), HtmlText.line(row.get(Field.PRODUCT_TYPE)),
                HtmlText.line(row.get(Field.GOOGLE_CATEGORY)), link(row.get(Field.LINK)), link(row.get(Field.IMAGE_LINK)),
                additionalImages(row), customLabels(row));
        return ParsedRow.accepted(line, item, warnings);
    }

    private Long salePrice(FeedRow row, String id, Prices.Money price, List<RowIssue> warnings) {
        String raw = row.get(Field.SALE_PRICE);
        if (raw == null) {
            return null;
        }
        Prices.Result sale = Prices.parse(raw, price.currency());
        String problem = null;
        if (!sale.ok()) {
            problem = "sale price " + sale.problem();
        } else if (!sale.money().currency().equals(price.currency())) {
            problem = "sale price is in " + sale.money().currency() + " but the price is in " + price.currency();
        } else if (sale.money().micros() >= price.micros()) {
            problem = "sale price " + raw.strip() + " is not lower than the price";
        }
        if (problem != null) {
            warnings.add(new RowIssue(row.line(), id, Field.SALE_PRICE.key(), problem + "; imported without a sale price"));
            return null;
        }
        return sale.money().micros();
    }

    private static Integer quantity(FeedRow row, String id, List<RowIssue> warnings) {
        String raw = row.get(Field.QUANTITY);
        if (raw == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(raw.replace(",", "."));
            if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return (int) Math.max(0, value);
        } catch (NumberFormatException e) {
            warnings.add(new RowIssue(row.line(), id, Field.QUANTITY.key(),
                    "quantity \"" + raw + "\" is not a whole number; imported without a stock quantity"));
            return null;
        }
    }

    private static Availability availability(FeedRow row, String id, Integer quantity, List<RowIssue> warnings) {
        String raw = row.get(Field.AVAILABILITY);
        Availability fromQuantity = quantity != null && quantity <= 0 ? Availability.OUT_OF_STOCK : Availability.IN_STOCK;
        if (raw == null) {
            return fromQuantity;
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        String value = lower.equals("in stock") || lower.equals("out of stock") ? lower
                : SEPARATORS.matcher(lower).replaceAll(" ").strip();
        switch (value) {
            case "in stock", "instock", "available", "yes", "true", "1", "y", "limited availability", "active":
                return Availability.IN_STOCK;
            case "out of stock", "outofstock", "sold out", "soldout", "no", "false", "0", "n", "discontinued",
                 "unavailable", "not available", "archived":
                return Availability.OUT_OF_STOCK;
            case "preorder", "pre order", "available for preorder":
                return Availability.PREORDER;
            case "backorder", "back order", "on backorder", "available for order":
                return Availability.BACKORDER;
            default:
                warnings.add(new RowIssue(row.line(), id, Field.AVAILABILITY.key(), "availability \"" + raw
                        + "\" is not one of in stock, out of stock, preorder, backorder; imported as "
                        + fromQuantity.code().replace('_', ' ')));
                return fromQuantity;
        }
    }

    private static String description(FeedRow row, String id, List<RowIssue> warnings) {
        String text = HtmlText.block(row.get(Field.DESCRIPTION));
        if (text != null && text.length() > MAX_DESCRIPTION) {
            warnings.add(new RowIssue(row.line(), id, Field.DESCRIPTION.key(),
                    "description is " + text.length() + " characters; shortened to " + MAX_DESCRIPTION));
            text = text.substring(0, MAX_DESCRIPTION);
        }
        return text;
    }

    /** Every additional link once, in order (a set: a row listing thousands of pictures stays linear). */
    private List<String> additionalImages(FeedRow row) {
        Set<String> links = new LinkedHashSet<>();
        for (String value : row.additionalImages()) {
            String[] parts = value.indexOf(',') < 0 && value.indexOf('\n') < 0 ? new String[] {value} : IMAGE_LIST.split(value);
            for (String part : parts) {
                String link = link(part);
                if (link != null) {
                    links.add(link);
                }
            }
        }
        return new ArrayList<>(links);
    }

    private static List<String> customLabels(FeedRow row) {
        List<String> labels = new ArrayList<>(5);
        int last = -1;
        for (int i = 0; i < 5; i++) {
            String label = HtmlText.line(row.get(CUSTOM_LABELS[i]));
            labels.add(label);
            if (label != null) {
                last = i;
            }
        }
        return last < 0 ? List.of() : new ArrayList<>(labels.subList(0, last + 1));
    }

    /** Absolute links stay as they are; relative ones are resolved against the feed's own location. */
    private String link(String raw) {
        String link = raw == null ? null : HtmlText.line(raw);
        if (link == null || linkBase == null || link.startsWith("http") || HAS_SCHEME.matcher(link).matches()) {
            return link;
        }
        try {
            return linkBase.resolve(new URI(null, null, link, null)).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return link;
        }
    }

    private static String lower(String value) {
        String text = HtmlText.line(value);
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
