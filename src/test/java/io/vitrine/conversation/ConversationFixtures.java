package io.vitrine.conversation;

import io.vitrine.catalog.CatalogService;
import io.vitrine.image.ImageStore;
import io.vitrine.image.StoredImage;
import io.vitrine.insights.Segment;
import io.vitrine.poll.PollDraft;
import io.vitrine.poll.PollFeature;
import io.vitrine.poll.PollService;
import io.vitrine.post.Post;
import io.vitrine.post.PostFixtures;
import io.vitrine.post.PostImage;
import io.vitrine.post.PostService;
import io.vitrine.post.Tag;
import io.vitrine.workspace.Workspace;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A workspace for the conversations: a catalog of products with colours, sizes, stock counts (some unknown),
 * sales and links; a post tagging the Lune lamp (Sage) and the linen cushion; a poll between two throws.
 */
public final class ConversationFixtures {
    public static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    public final Workspace workspace;
    public final long brandId;
    public final long postId;
    public final long pollId;

    private ConversationFixtures(Workspace workspace, long brandId, long postId, long pollId) {
        this.workspace = workspace;
        this.brandId = brandId;
        this.postId = postId;
        this.pollId = pollId;
    }

    public static ConversationFixtures create(Path dir) throws Exception {
        Workspace workspace = PostFixtures.workspace(dir.resolve("talk.vitrine"));
        long brand = PostFixtures.brandId(workspace);
        workspace.database().write(sql -> {
            String insert = "INSERT INTO catalog_item(id, item_group_id, title, brand, price_micros, sale_price_micros, currency,"
                    + " availability, stock_quantity, color, size, link, removed, updated_at)"
                    + " VALUES (?, ?, ?, 'Maison Lumière', ?, ?, 'EUR', ?, ?, ?, ?, ?, 0, 'x')";
            sql.update(insert, "LUNE-SAGE", "LUNE-TL", "Lune Table Lamp – Sage", 89_000_000L, 71_200_000L, "in_stock", 12,
                    "Sage", null, "https://shop.example/lune?v=sage");
            sql.update(insert, "LUNE-AMBER", "LUNE-TL", "Lune Table Lamp – Amber", 89_000_000L, null, "out_of_stock", 0,
                    "Amber", null, "https://shop.example/lune?v=amber");
            sql.update(insert, "LUNE-IVORY", "LUNE-TL", "Lune Table Lamp – Ivory", 89_000_000L, null, "in_stock", null,
                    "Ivory", null, "https://shop.example/lune?v=ivory");
            sql.update(insert, "LUNE-INK", "LUNE-TL", "Lune Table Lamp – Ink", 89_000_000L, null, "preorder", null,
                    "Ink", null, "https://shop.example/lune?v=ink");
            sql.update(insert, "THROW-OAT-M", "THROW", "Wool Throw – Oat, 130 × 170 cm", 79_000_000L, null, "in_stock", 5,
                    "Oat", "130 × 170 cm", "https://shop.example/throw?v=oat-m");
            sql.update(insert, "THROW-OAT-L", "THROW", "Wool Throw – Oat, 150 × 200 cm", 99_000_000L, null, "out_of_stock", 0,
                    "Oat", "150 × 200 cm", "https://shop.example/throw?v=oat-l");
            sql.update(insert, "THROW-RUST-L", "THROW", "Wool Throw – Rust, 150 × 200 cm", 99_000_000L, null, "in_stock", 3,
                    "Rust", "150 × 200 cm", "https://shop.example/throw?v=rust-l");
            sql.update(insert, "SHIRT-M", "SHIRT", "Linen Shirt – Navy, M", 59_000_000L, null, "in_stock", 2, "Navy", "M", null);
            sql.update(insert, "SHIRT-L", "SHIRT", "Linen Shirt – Navy, L", 59_000_000L, null, "out_of_stock", 0, "Navy", "L", null);
            sql.update(insert, "SHIRT-XL", "SHIRT", "Linen Shirt – Navy, XL", 59_000_000L, null, "in_stock", 9, "Navy", "XL", null);
            sql.update(insert, "CUSH-LINEN", null, "Linen Cushion", 29_000_000L, null, "in_stock", 40, null, null,
                    "https://shop.example/cushion");
            return null;
        });
        StoredImage photo = new ImageStore(workspace.database()).put(PostFixtures.photo(dir, "photo.jpg", 640, 480));
        PostService posts = new PostService(workspace.database(), new CatalogService(workspace.database()));
        Post post = posts.saveDraft(Post.newDraft(brand).withCaption("Evenings, softer")
                .withImagesAndTags(List.of(PostImage.uncropped(photo.sha256(), 640, 480)),
                        List.of(new Tag(0, "LUNE-SAGE", 0.3, 0.4), new Tag(0, "CUSH-LINEN", 0.7, 0.6))));
        long poll = PollFeature.of(workspace).polls().create(new PollDraft("Oat or rust?", List.of(
                PollDraft.OptionDraft.ofItem("THROW-OAT-M", "Oat"), PollDraft.OptionDraft.ofItem("THROW-RUST-L", "Rust")),
                48, List.of(), List.of(), null, null)).id();
        return new ConversationFixtures(workspace, brand, post.id(), poll);
    }

    /** An audience comment under the post, as the platform would give it. */
    public Comment onPost(String id, String text, String language, Instant at) {
        return new Comment(id, brandId, postId, null, null, null, false, "@lea.m", text, language, false, null, at,
                new Segment("home", "FR", "25-34", false), false);
    }

    public Comment onPoll(String id, String text, String language, Instant at) {
        return new Comment(id, brandId, null, pollId, null, null, false, "@jonas.k", text, language, false, null, at,
                new Segment("home", "DE", "35-44", true), false);
    }

    /** The brand's reply to {@code parent} (by automation rule {@code rule} when not null). */
    public Comment reply(String id, Comment parent, String text, boolean isPrivate, Integer rule, Instant at) {
        return new Comment(id, brandId, parent.postId(), parent.pollId(), parent.id(), null, true, null, text, parent.language(),
                isPrivate, rule, at, Segment.UNKNOWN, false);
    }

    public void store(Comment... comments) {
        CommentRepository store = new CommentRepository(workspace.database());
        workspace.database().write(sql -> {
            for (Comment c : comments) {
                store.store(sql, c, null);
            }
            return null;
        });
    }
}
