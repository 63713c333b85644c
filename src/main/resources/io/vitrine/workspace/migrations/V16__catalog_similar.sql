-- Catalog, version 16: similar items. Items of a product type, nearest in price first, are one index
-- range each way from an item's price (the candidates "same type, similar price" at any catalog size).
CREATE INDEX IF NOT EXISTS catalog_item_lookup_type ON catalog_item(product_type, price_micros) WHERE removed = 0 AND product_type IS NOT NULL;

