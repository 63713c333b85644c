package io.vitrine.catalog.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vitrine.catalog.item.Availability;
import io.vitrine.catalog.item.CatalogItem;
import io.vitrine.catalog.item.Field;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every bundled sample, read as its format: the awkward cases real exports have come out right. */
class FeedReadersTest {

    private static List<FeedRow> rows(FeedReader reader, String sample) throws IOException {
        List<FeedRow> rows = new ArrayList<>();
        try (InputStream in = FeedSource.bundled("samples/" + sample).open()) {
            reader.read(in, rows::add);
        }
        return rows;
    }

    private static Map<String, CatalogItem> items(FeedReader reader, String sample) throws IOException {
        ItemParser parser = new ItemParser("EUR", null);
        Map<String, CatalogItem> items = new LinkedHashMap<>();
        for (FeedRow row : rows(reader, sample)) {
            ParsedRow parsed = parser.parse(row);
            if (!parsed.isRejected()) {
                items.put(parsed.item().id(), parsed.item());
            }
        }
        return items;
    }

    @Test
    void merchantCenterRssWithCdataEntitiesAndNestedShipping() throws IOException {
        List<FeedRow> rows = rows(new GmcXmlReader(), "gmc-rss.xml");
        assertThat(rows).hasSize(9);
        FeedRow sage = rows.get(0);
        assertThat(sage.line()).isEqualTo(10);
        assertThat(sage.get(Field.PRICE)).isEqualTo("89.00 EUR"); // not the nested <g:shipping><g:price>
        assertThat(sage.additionalImages()).hasSize(2);
        Map<String, CatalogItem> items = items(new GmcXmlReader(), "gmc-rss.xml");
        CatalogItem lamp = items.get("ML-LUNE-TL-SAGE");
        assertThat(lamp.description()).isEqualTo("A glazed stoneware base with a pleated linen shade.\n• Height 42 cm\n• E27 bulb, max 40 W");
        assertThat(lamp.googleCategory()).isEqualTo("Home & Garden > Lighting > Lamps");
        assertThat(lamp.customLabels()).containsExactly("autumn-nest", null, "bestseller");
        assertThat(lamp.itemGroupId()).isEqualTo("ML-LUNE-TL");
        assertThat(items.get("ML-LUNE-TL-IVORY").description()).contains("Café au lait tones & a warm glow");
        assertThat(items.get("ML-LUNE-TL-IVORY").availability()).isEqualTo(Availability.OUT_OF_STOCK);
        assertThat(items.get("ML-LUNE-TL-TERRA").salePriceMicros()).isEqualTo(69_000_000L);
        assertThat(items.get("ML-CANDLE-FIGUE").description()).isEqualTo("Soy wax, cotton wick, 45 hours. Hand-poured in Grasse.");
        assertThat(items.get("ML-ORAGE-THROW-L").gtin()).isNull();
        assertThat(items).hasSize(6);
    }

    @Test
    void merchantCenterAtomEntriesWithLinkHrefAndSummary() throws IOException {
        Map<String, CatalogItem> items = items(new GmcXmlReader(), "gmc-atom.xml");
        assertThat(items.keySet()).containsExactly("ML-BOL-GRES-S", "ML-BOL-GRES-L", "ML-ASSIETTE-LIN");
        assertThat(items.get("ML-BOL-GRES-S").link()).isEqualTo("https://maison-lumiere.example/products/gres-bowl?size=s");
        assertThat(items.get("ML-BOL-GRES-L").description()).isEqualTo("Wheel-thrown stoneware with a speckled glaze.\nServes a salad for four.");
        assertThat(items.get("ML-ASSIETTE-LIN").description()).isEqualTo("Matte glaze, 27 cm.");
        assertThat(items.get("ML-ASSIETTE-LIN").stockQuantity()).isZero();
    }

    @Test
    void merchantCenterTsvWithBomAndCrlf() throws IOException {
        List<FeedRow> rows = rows(new ColumnMappedReader(new CsvTableReader('\t'), null), "gmc.tsv");
        assertThat(rows).hasSize(7);
        assertThat(rows.get(0).get(Field.ID)).isEqualTo("ML-COUSSIN-LIN-SAGE"); // the BOM did not hide the "id" header
        assertThat(rows.get(0).line()).isEqualTo(2);
        Map<String, CatalogItem> items = items(new ColumnMappedReader(new CsvTableReader('\t'), null), "gmc.tsv");
        assertThat(items.get("ML-COUSSIN-LIN-ROUILLE").salePriceMicros()).isEqualTo(29_000_000L);
        assertThat(items.get("ML-PLAID-ALPAGA").description()).isEqualTo("Soft alpaca & wool blend, fringed edges.");
        assertThat(items.get("ML-RIDEAU-VOILE").priceMicros()).isEqualTo(55_000_000L);
        assertThat(items.get("ML-PLAID-ALPAGA").availability()).isEqualTo(Availability.BACKORDER);
    }

    @Test
    void metaCsvWithQuotedNewlinesAndCommaSeparatedImages() throws IOException {
        Map<String, CatalogItem> items = items(new ColumnMappedReader(new CsvTableReader(null), null), "meta.csv");
        CatalogItem small = items.get("ML-SUSP-OSIER-S");
        assertThat(small.description()).isEqualTo("Hand-woven rattan.\nCasts soft, patterned light.\n\nCable 1.5 m, E27.");
        assertThat(small.additionalImages()).containsExactly("https://maison-lumiere.example/images/osier-pendant-2.jpg",
                "https://maison-lumiere.example/images/osier-pendant-lit.jpg");
        assertThat(small.stockQuantity()).isEqualTo(14);
        assertThat(small.googleCategory()).startsWith("Home & Garden > Lighting");
        assertThat(items.get("ML-SUSP-OSIER-L").title()).isEqualTo("Osier Rattan Pendant, Ø 50 cm");
        assertThat(items.get("ML-APPLIQUE-LAITON").availability()).isEqualTo(Availability.OUT_OF_STOCK);
        assertThat(items.get("ML-BOUGEOIR-FER").availability()).isEqualTo(Availability.BACKORDER);
        assertThat(items.get("ML-DIFFUSEUR-CEDRE").priceMicros()).isEqualTo(48_000_000L);
    }

    @Test
    void shopifyVariantsImagesAndOptions() throws IOException {
        List<FeedRow> rows = rows(new ShopifyCsvReader(), "shopify.csv");
        assertThat(rows).extracting(r -> r.get(Field.ID)).containsExactly("NUAGE-SAGE-140", "NUAGE-SAGE-240",
                "NUAGE-CLAY-140", "NUAGE-CLAY-240", "galet-soap-dish", "ARC-BLK-LIN", "ARC-BRS-PAP", "PROTO-STOOL");
        Map<String, CatalogItem> items = items(new ShopifyCsvReader(), "shopify.csv");
        CatalogItem sage = items.get("NUAGE-SAGE-240");
        assertThat(sage.title()).isEqualTo("Nuage Washed-Linen Duvet Cover – Sage / 240 × 220");
        assertThat(sage.itemGroupId()).isEqualTo("nuage-duvet-cover");
        assertThat(sage.color()).isEqualTo("Sage");
        assertThat(sage.size()).isEqualTo("240 × 220");
        assertThat(sage.priceMicros()).isEqualTo(219_000_000L); // compare-at is the regular price
        assertThat(sage.salePriceMicros()).isEqualTo(189_000_000L);
        assertThat(sage.imageLink()).endsWith("nuage-sage.jpg");
        assertThat(sage.additionalImages()).as("the gallery is stored once, on the first variant").isEmpty();
        assertThat(items.get("NUAGE-SAGE-140").additionalImages()).extracting(s -> s.substring(s.lastIndexOf('/') + 1))
                .containsExactly("nuage-clay.jpg", "nuage-detail.jpg", "nuage-bedroom.jpg", "nuage-label.jpg");
        assertThat(sage.description()).isEqualTo("Washed French linen, softer with every wash.\n• OEKO-TEX certified\n• Button closure");
        assertThat(items.get("NUAGE-CLAY-140").availability()).isEqualTo(Availability.OUT_OF_STOCK);
        assertThat(items.get("NUAGE-CLAY-240").availability()).isEqualTo(Availability.BACKORDER);
        CatalogItem soap = items.get("galet-soap-dish");
        assertThat(soap.title()).isEqualTo("Galet Soap Dish");
        assertThat(soap.itemGroupId()).isNull();
        assertThat(soap.description()).isEqualTo("Pebble-shaped stoneware, \"galet\" means pebble.");
        assertThat(items.get("ARC-BRS-PAP").material()).isEqualTo("Paper shade");
        assertThat(items.get("PROTO-STOOL").availability()).isEqualTo(Availability.OUT_OF_STOCK);
    }

    @Test
    void genericCsvNeedsAMappingAndReadsDecimalCommas() throws IOException {
        assertThatThrownBy(() -> rows(new ColumnMappedReader(new CsvTableReader(null), null), "generic.csv"))
                .isInstanceOf(ColumnMappedReader.MappingNeededException.class)
                .hasMessageContaining("id, title, price")
                .satisfies(e -> assertThat(((ColumnMappedReader.MappingNeededException) e).headers()).contains("Prix TTC"));
        String json;
        try (InputStream in = FeedSource.bundled("samples/generic.mapping.json").open()) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ColumnMapping mapping = ColumnMapping.fromJson(json);
        Map<String, CatalogItem> items = items(new ColumnMappedReader(new CsvTableReader(mapping.delimiter()), mapping), "generic.csv");
        assertThat(items.get("ML-PANIER-01").priceMicros()).isEqualTo(34_900_000L);
        assertThat(items.get("ML-MIROIR-SOLEIL").priceMicros()).isEqualTo(1_249_000_000L);
        assertThat(items.get("ML-PANIER-02").availability()).isEqualTo(Availability.OUT_OF_STOCK);
        assertThat(items.get("ML-PLATEAU-NOYER").title()).isEqualTo("Plateau en noyer « Café »");
    }

    @Test
    void excelSkipsTheTitleLineAndKeepsEveryGtinDigit() throws IOException {
        List<FeedRow> rows = rows(new ColumnMappedReader(new XlsxTableReader(null), null), "catalog.xlsx");
        assertThat(rows).extracting(FeedRow::line).containsExactly(4L, 5L, 7L, 8L, 9L);
        assertThat(rows.get(0).get(Field.GTIN)).isEqualTo("3760123450010");
        Map<String, CatalogItem> items = items(new ColumnMappedReader(new XlsxTableReader(null), null), "catalog.xlsx");
        assertThat(items.get("ML-VASE-ONDE-L").salePriceMicros()).isEqualTo(60_000_000L); // the formula's cached value
        assertThat(items.get("ML-PHOTOPHORE").availability()).isEqualTo(Availability.OUT_OF_STOCK);
        List<FeedRow> archive = rows(new ColumnMappedReader(new XlsxTableReader("archive"), null), "catalog.xlsx");
        assertThat(archive).extracting(r -> r.get(Field.ID)).containsExactly("ML-OLD-LAMP");
        assertThatThrownBy(() -> rows(new ColumnMappedReader(new XlsxTableReader("Prices"), null), "catalog.xlsx"))
                .hasMessageContaining("no sheet named \"Prices\" (it has: Products, Archive)");
    }

    @Test
    void detectsEachSampleFormat() {
        assertThat(FormatDetector.detect(FeedSource.bundled("samples/gmc-rss.xml"))).isEqualTo(FeedFormat.GMC_XML);
        assertThat(FormatDetector.detect(FeedSource.bundled("samples/gmc-atom.xml"))).isEqualTo(FeedFormat.GMC_XML);
        assertThat(FormatDetector.detect(FeedSource.bundled("samples/gmc.tsv"))).isEqualTo(FeedFormat.GMC_TSV);
        assertThat(FormatDetector.detect(FeedSource.bundled("samples/meta.csv"))).isEqualTo(FeedFormat.META_CSV);
        assertThat(FormatDetector.detect(FeedSource.bundled("samples/shopify.csv"))).isEqualTo(FeedFormat.SHOPIFY_CSV);
        assertThat(FormatDetector.detect(FeedSource.bundled("samples/generic.csv"))).isEqualTo(FeedFormat.CSV);
        assertThat(FormatDetector.detect(FeedSource.bundled("samples/catalog.xlsx"))).isEqualTo(FeedFormat.XLSX);
        assertThatThrownBy(() -> FormatDetector.detect(new byte[] {1, 0, 2, 3}, "x.bin")).hasMessageContaining("binary");
    }

    @Test
    void rowsWithoutIdTitleOrPriceAreRejectedWithFieldAndLine() {
        ItemParser parser = new ItemParser("EUR", null);
        FeedRow noId = new FeedRow(3);
        noId.put(Field.TITLE, "x");
        assertThat(parser.parse(noId).rejection()).extracting("line", "id", "field", "message").containsExactly(3L, null, "id", "has no id");
        FeedRow badPrice = new FeedRow(4);
        badPrice.put(Field.ID, "A");
        badPrice.put(Field.TITLE, "A lamp");
        badPrice.put(Field.PRICE, "12,3,4 EUR");
        assertThat(parser.parse(badPrice).rejection().field()).isEqualTo("price");
        FeedRow badSale = new FeedRow(5);
        badSale.put(Field.ID, "B");
        badSale.put(Field.TITLE, "B lamp");
        badSale.put(Field.PRICE, "10 EUR");
        badSale.put(Field.SALE_PRICE, "12 EUR");
        badSale.put(Field.AVAILABILITY, "maybe");
        ParsedRow parsed = parser.parse(badSale);
        assertThat(parsed.isRejected()).isFalse();
        assertThat(parsed.item().salePriceMicros()).isNull();
        assertThat(parsed.warnings()).extracting("field").containsExactly("sale_price", "availability");
    }

    @Test
    void relativeLinksResolveAgainstTheFeedFolder() {
        ItemParser parser = new ItemParser("EUR", java.net.URI.create("vitrine-resource:/demo/"));
        FeedRow row = new FeedRow(2);
        row.put(Field.ID, "A");
        row.put(Field.TITLE, "A");
        row.put(Field.PRICE, "1 EUR");
        row.put(Field.IMAGE_LINK, "products/a b.jpg");
        row.put(Field.LINK, "https://shop.example/a");
        CatalogItem item = parser.parse(row).item();
        assertThat(item.imageLink()).isEqualTo("vitrine-resource:/demo/products/a%20b.jpg");
        assertThat(item.link()).isEqualTo("https://shop.example/a");
    }

    @Test
    void aTruncatedXmlFeedIsAnErrorWithItsLine() {
        byte[] cut = "<rss xmlns:g=\"http://base.google.com/ns/1.0\"><channel><item><g:id>A</g:id>\n<g:title>La".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new GmcXmlReader().read(new ByteArrayInputStream(cut), row -> { }))
                .isInstanceOf(FeedException.class).hasMessageContaining("Line 2")
                .hasMessageContaining("the file ends in the middle of the XML");
    }
}
