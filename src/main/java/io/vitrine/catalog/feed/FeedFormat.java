package io.vitrine.catalog.feed;

import com.fasterxml.jackson.annotation.JsonValue;
import io.vitrine.common.VitrineException;
import java.util.Locale;

/** The feed formats the catalog imports, named as on the command line. */
public enum FeedFormat {
    GMC_XML("gmc-xml", "Google Merchant Center XML (RSS or Atom)"),
    GMC_TSV("gmc-tsv", "Google Merchant Center TSV"),
    META_CSV("meta-csv", "Meta (Facebook/Instagram) catalog CSV"),
    SHOPIFY_CSV("shopify-csv", "Shopify product export CSV"),
    CSV("csv", "CSV or TSV with a column mapping"),
    XLSX("xlsx", "Excel workbook (.xlsx)");

    private final String code;
    private final String label;

    FeedFormat(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** "gmc-xml" → GMC_XML; a clear error listing the choices otherwise. */
    public static FeedFormat fromCode(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (FeedFormat format : values()) {
            if (format.code.equals(wanted)) {
                return format;
            }
        }
        throw new VitrineException("Unknown feed format \"" + code + "\".",
                "Use one of: auto, gmc-xml, gmc-tsv, meta-csv, shopify-csv, csv, xlsx.");
    }

    /** True for formats whose columns are matched to fields (and may need a mapping). */
    public boolean tabular() {
        return this == GMC_TSV || this == META_CSV || this == CSV || this == XLSX;
    }

    @Override
    public String toString() {
        return label;
    }
}
