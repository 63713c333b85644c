-- Catalog, version 10: a stable integer key per item, full-text search, and one row per product.
--
-- catalog_item is rebuilt with an explicit INTEGER PRIMARY KEY (item_no): the search index refers to
-- rows by it, and only an explicit INTEGER PRIMARY KEY is guaranteed to survive VACUUM (backups use
-- VACUUM INTO). The item id (offer id / SKU) stays unique; tags keep pointing at it. group_key is the
-- product an item belongs to: its item_group_id, or the item itself.
CREATE TABLE catalog_item_v10 (
    item_no           INTEGER PRIMARY KEY,
    id                TEXT NOT NULL UNIQUE,
    source_id         INTEGER REFERENCES catalog_source(id) ON DELETE SET NULL,
    item_group_id     TEXT,
    title             TEXT NOT NULL,
    description       TEXT,
    brand             TEXT,
    gtin              TEXT,
    mpn               TEXT,
    price_micros      INTEGER NOT NULL CHECK (price_micros >= 0),
    currency          TEXT NOT NULL,
    sale_price_micros INTEGER CHECK (sale_price_micros IS NULL OR sale_price_micros >= 0),
    availability      TEXT NOT NULL DEFAULT 'in_stock'
                      CHECK (availability IN ('in_stock', 'out_of_stock', 'preorder', 'backorder')),
    stock_quantity    INTEGER,
    condition         TEXT,
    color             TEXT,
    size              TEXT,
    material          TEXT,
    pattern           TEXT,
    gender            TEXT,
    age_group         TEXT,
    product_type      TEXT,
    google_category   TEXT,
    link              TEXT,
    image_link        TEXT,
    additional_images TEXT,
    custom_labels     TEXT,
    content_hash      INTEGER NOT NULL DEFAULT 0,
    removed           INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    updated_at        TEXT NOT NULL,
    group_key         TEXT GENERATED ALWAYS AS (coalesce(item_group_id, id)) VIRTUAL
);
INSERT INTO catalog_item_v10 (id, source_id, item_group_id, title, description, brand, gtin, mpn, price_micros, currency,
        sale_price_micros, availability, stock_quantity, condition, color, size, material, pattern, gender, age_group,
        product_type, google_category, link, image_link, additional_images, custom_labels, content_hash, removed, updated_at)
    SELECT id, source_id, item_group_id, title, description, brand, gtin, mpn, price_micros, currency,
        sale_price_micros, availability, stock_quantity, condition, color, size, material, pattern, gender, age_group,
        product_type, google_category, link, image_link, additional_images, custom_labels, content_hash, removed, updated_at
    FROM catalog_item ORDER BY rowid;
DROP TABLE catalog_item;
ALTER TABLE catalog_item_v10 RENAME TO catalog_item;
CREATE INDEX catalog_item_group ON catalog_item(group_key);
CREATE INDEX catalog_item_source ON catalog_item(source_id);

-- Type-ahead and ranked search: words of the title, brand, id, colour and product type; accents folded
-- ("lumiere" finds "Lumière"); prefix indexes make 1- to 4-letter prefixes (what type-ahead sees most)
-- one index lookup each, however many words share them.
-- External content: the text lives once, in catalog_item.
CREATE VIRTUAL TABLE catalog_search USING fts5(
    title, brand, id, color, product_type,
    content = 'catalog_item', content_rowid = 'item_no',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4'
);

-- Any writer keeps the search index in step through these triggers. A catalog import drops them inside
-- its own transaction (so a cancel or crash restores them with everything else), indexes its rows with a
-- few set-based statements, many times faster than row by row, and creates them again before it commits.
CREATE TRIGGER catalog_item_search_insert AFTER INSERT ON catalog_item
BEGIN
    INSERT INTO catalog_search (rowid, title, brand, id, color, product_type)
    VALUES (new.item_no, new.title, new.brand, new.id, new.color, new.product_type);
END;

CREATE TRIGGER catalog_item_search_delete AFTER DELETE ON catalog_item
BEGIN
    INSERT INTO catalog_search (catalog_search, rowid, title, brand, id, color, product_type)
    VALUES ('delete', old.item_no, old.title, old.brand, old.id, old.color, old.product_type);
END;

CREATE TRIGGER catalog_item_search_update AFTER UPDATE OF title, brand, id, color, product_type ON catalog_item
BEGIN
    INSERT INTO catalog_search (catalog_search, rowid, title, brand, id, color, product_type)
    VALUES ('delete', old.item_no, old.title, old.brand, old.id, old.color, old.product_type);
    INSERT INTO catalog_search (rowid, title, brand, id, color, product_type)
    VALUES (new.item_no, new.title, new.brand, new.id, new.color, new.product_type);
END;

INSERT INTO catalog_search (catalog_search) VALUES ('rebuild');

-- One row per product (variant group) for the catalog screen: a million items browse as products,
-- each expandable into its variants. Kept up to date by the import, in the same transaction.
-- Prices are what a shopper pays now (sale price when there is one); counts exclude removed items.
-- title and last_title are the alphabetically first and last variant titles: the screen shows what they
-- share ("Lune Table Lamp" from "Lune Table Lamp – Ivory" … "– Terracotta"); brand, category and picture
-- are the first variant's (head_item_no).
CREATE TABLE catalog_product (
    group_key        TEXT PRIMARY KEY,
    head_item_no     INTEGER NOT NULL,
    title            TEXT NOT NULL,
    last_title       TEXT NOT NULL,
    brand            TEXT,
    category         TEXT,
    image_link       TEXT,
    currency         TEXT NOT NULL,
    min_price_micros INTEGER NOT NULL,
    max_price_micros INTEGER NOT NULL,
    variants         INTEGER NOT NULL,
    purchasable      INTEGER NOT NULL,
    out_of_stock     INTEGER NOT NULL,
    removed          INTEGER NOT NULL,
    on_sale          INTEGER NOT NULL
);
-- The screen lists live products (variants > 0) by name or by price: each order has a partial index that
-- holds everything the listing filters and sorts on, so a page deep in a million rows is an index walk.
-- Brand and category filters scan the product rows, well under a second, and keep imports fast.
CREATE INDEX catalog_product_title ON catalog_product(title COLLATE NOCASE, group_key) WHERE variants > 0;
CREATE INDEX catalog_product_price ON catalog_product(min_price_micros, title COLLATE NOCASE, group_key) WHERE variants > 0;
CREATE INDEX catalog_product_price_desc ON catalog_product(max_price_micros DESC, title COLLATE NOCASE, group_key)
    WHERE variants > 0;

-- Products for the items a workspace already has (the same statement the import runs).
INSERT INTO catalog_product (group_key, head_item_no, title, last_title, brand, category, image_link, currency,
    min_price_micros, max_price_micros, variants, purchasable, out_of_stock, removed, on_sale)
SELECT g.group_key, g.head, g.first_title, g.last_title, h.brand, coalesce(h.product_type, h.google_category), h.image_link,
    h.currency, coalesce(g.min_live, g.min_all), coalesce(g.max_live, g.max_all), g.live, g.purchasable,
    g.out_of_stock, g.removed, g.on_sale
FROM (SELECT group_key,
        coalesce(min(CASE WHEN removed = 0 THEN item_no END), min(item_no)) AS head,
        min(title) AS first_title,
        max(title) AS last_title,
        min(CASE WHEN removed = 0 THEN coalesce(sale_price_micros, price_micros) END) AS min_live,
        max(CASE WHEN removed = 0 THEN coalesce(sale_price_micros, price_micros) END) AS max_live,
        min(coalesce(sale_price_micros, price_micros)) AS min_all,
        max(coalesce(sale_price_micros, price_micros)) AS max_all,
        sum(removed = 0) AS live,
        sum(removed = 0 AND availability <> 'out_of_stock') AS purchasable,
        sum(removed = 0 AND availability = 'out_of_stock') AS out_of_stock,
        sum(removed) AS removed,
        sum(removed = 0 AND sale_price_micros IS NOT NULL AND sale_price_micros < price_micros) AS on_sale
      FROM catalog_item GROUP BY group_key) g
JOIN catalog_item h ON h.item_no = g.head;

-- Column mappings chosen for spreadsheet-like files, remembered per workspace by their header row,
-- so the same export maps itself the next time.
CREATE TABLE catalog_mapping (
    columns_key TEXT PRIMARY KEY,
    mapping     TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
