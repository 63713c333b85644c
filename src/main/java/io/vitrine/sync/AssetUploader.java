package io.vitrine.sync;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.item.CatalogItem;
import io.vitrine.common.Hashes;
import io.vitrine.common.Json;
import io.vitrine.image.ImageStore;
import io.vitrine.image.StoredImage;
import io.vitrine.platform.api.ItemPayload;
import io.vitrine.platform.api.PollOptionPayload;
import io.vitrine.platform.api.PollPayload;
import io.vitrine.platform.api.PostImageRef;
import io.vitrine.platform.api.PostPayload;
import io.vitrine.platform.api.PublicationKind;
import io.vitrine.platform.api.TagPayload;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Makes sure the platform holds the catalog items and images a payload refers to before the payload
 * goes: items are pushed when new or changed, images once (they are content-addressed).
 */
final class AssetUploader {
    private final CatalogService catalog;
    private final ImageStore images;
    private final OutboxRepository outbox;

    AssetUploader(CatalogService catalog, ImageStore images, OutboxRepository outbox) {
        this.catalog = catalog;
        this.images = images;
        this.outbox = outbox;
    }

    void upload(PlatformClient client, long brandId, PublicationKind kind, String body) {
        Set<String> itemIds = new LinkedHashSet<>();
        Set<String> imageIds = new LinkedHashSet<>();
        collect(kind, body, itemIds, imageIds);
        for (String itemId : itemIds) {
            catalog.item(itemId).ifPresent(stored -> {
                ItemPayload item = payload(stored.item());
                String hash = Hashes.sha256(Json.write(item));
                if (!outbox.hasAsset(brandId, "item", itemId, hash)) {
                    client.putItem(itemId, item);
                    outbox.markAsset(brandId, "item", itemId, hash);
                }
            });
        }
        for (String sha : imageIds) {
            if (outbox.hasAsset(brandId, "image", sha, sha)) {
                continue;
            }
            Optional<StoredImage> stored = images.find(sha);
            Optional<byte[]> bytes = images.bytes(sha);
            if (stored.isPresent() && bytes.isPresent()) {
                client.putImage(sha, bytes.get(), stored.get().mimeType());
                outbox.markAsset(brandId, "image", sha, sha);
            }
        }
    }

    private static void collect(PublicationKind kind, String body, Set<String> itemIds, Set<String> imageIds) {
        if (kind == PublicationKind.POST) {
            PostPayload post = Json.read(body, PostPayload.class);
            post.images().stream().map(PostImageRef::imageId).forEach(imageIds::add);
            post.tags().stream().map(TagPayload::itemId).forEach(itemIds::add);
        } else {
            PollPayload poll = Json.read(body, PollPayload.class);
            addIfPresent(imageIds, poll.imageId());
            for (PollOptionPayload option : poll.options()) {
                addIfPresent(itemIds, option.itemId());
                addIfPresent(imageIds, option.imageId());
            }
        }
    }

    private static ItemPayload payload(CatalogItem item) {
        return new ItemPayload(item.title(), item.currentPriceMicros(), item.currency(), item.link(), item.imageLink(),
                item.availability() == null ? null : item.availability().code());
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null && !value.isBlank()) {
            set.add(value);
        }
    }
}
