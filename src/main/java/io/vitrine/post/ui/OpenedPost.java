package io.vitrine.post.ui;

import io.vitrine.brand.BrandProfile;
import io.vitrine.catalog.ItemSummary;
import io.vitrine.post.AutosavedPost;
import io.vitrine.post.Post;
import io.vitrine.post.PostFeature;
import io.vitrine.post.Tag;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Everything the composer needs to show a saved post, loaded in one background job. */
record OpenedPost(Post post, BrandProfile brand, Optional<AutosavedPost> unsaved, Map<String, ItemSummary> items) {

    static OpenedPost load(PostFeature feature, long id) {
        Post post = feature.posts().require(id);
        BrandProfile brand = feature.brands().find(post.brandId())
                .orElse(new BrandProfile(post.brandId(), "Brand", "brand", ZoneId.of("UTC")));
        Optional<AutosavedPost> unsaved = feature.posts().unsavedChanges(id);
        Map<String, ItemSummary> items = new HashMap<>();
        java.util.stream.Stream.concat(post.tags().stream(), unsaved.map(u -> u.state().tags().stream())
                        .orElse(java.util.stream.Stream.empty()))
                .map(Tag::itemId).distinct()
                .forEach(itemId -> feature.catalog().find(itemId).ifPresent(item -> items.put(itemId, item)));
        return new OpenedPost(post, brand, unsaved, items);
    }
}
