package io.vitrine.platform.api;

/**
 * {@code PUT /v1/items/{item_id}}: a catalog item the platform must know before a tag or poll option
 * can reference it. Idempotent by nature (the item id is the brand's own). {@code itemGroupId} joins the
 * variants (colours, sizes) of one product.
 */
public record ItemPayload(String title, Long priceMicros, String currency, String link, String imageUrl,
                          String availability, String itemGroupId, String color, String size) {
}
