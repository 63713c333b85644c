package io.vitrine.sync;

import io.vitrine.catalog.CatalogService;
import io.vitrine.common.Json;
import io.vitrine.image.ImageStore;
import io.vitrine.image.StoredImage;
import io.vitrine.insights.InsightsFilter;
import io.vitrine.insights.InsightsService;
import io.vitrine.insights.EventType;
import io.vitrine.platform.sim.PlatformSimulator;
import io.vitrine.poll.PollDraft;
import io.vitrine.poll.PollDraft.OptionDraft;
import io.vitrine.poll.PollFeature;
import io.vitrine.poll.PollService;
import io.vitrine.post.Post;
import io.vitrine.post.PostFixtures;
import io.vitrine.post.PostImage;
import io.vitrine.post.PostService;
import io.vitrine.post.Tag;
import io.vitrine.workspace.Workspace;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A workspace with scheduled shoppable posts and polls, ready to publish to the simulator. */
public final class SyncFixtures {
    private SyncFixtures() {
    }

    /** Distinct events stored per type code, as {@code insights summary} counts them. */
    public static Map<String, Long> localCounts(Workspace workspace) {
        return new HashMap<>(new InsightsService(workspace.database()).summary(InsightsFilter.ALL).totals().events().byCode());
    }

    /** The simulator's ground truth for its first brand, zero for types it has not delivered. */
    public static Map<String, Long> truth(PlatformSimulator sim) {
        Map<String, Long> counts = new HashMap<>();
        for (EventType type : EventType.values()) {
            counts.put(type.code(), 0L);
        }
        counts.putAll(sim.truth().brands().getOrDefault(sim.brands().get(0).id(), Map.of()));
        return counts;
    }

    /** Someone changes a post's caption on the platform's web app (the simulator's back door). */
    public static void editOnPlatform(PlatformSimulator sim, String platformId, String caption) throws Exception {
        HttpRequest edit = HttpRequest.newBuilder(URI.create(sim.url() + "/_sim/publications/" + platformId + "/edit"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("caption", caption)))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(edit, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The simulator refused the edit: " + response.body());
        }
    }

    /** The fixture brand and catalog, plus {@code posts} posts (two tags each) and {@code polls} two-option polls, all due now. */
    public static Workspace workspaceWithPublications(Path dir, int posts, int polls) throws Exception {
        Workspace workspace = PostFixtures.workspace(dir.resolve("sync.vitrine"));
        long brand = PostFixtures.brandId(workspace);
        StoredImage photo = new ImageStore(workspace.database()).put(PostFixtures.photo(dir, "photo.jpg", 640, 480));
        PostService service = new PostService(workspace.database(), new CatalogService(workspace.database()));
        Instant soon = Instant.now().plusSeconds(5);
        for (int i = 0; i < posts; i++) {
            Post post = Post.newDraft(brand).withCaption("Autumn light #" + i).withInterests(List.of("home"))
                    .withImagesAndTags(List.of(PostImage.uncropped(photo.sha256(), 640, 480)),
                            List.of(new Tag(0, "LAMP-SAND", 0.3, 0.4), new Tag(0, "CUSH-LIN", 0.7, 0.6)));
            service.schedule(post, soon, PostFixtures.PARIS);
        }
        PollService pollService = PollFeature.of(workspace).polls();
        for (int i = 0; i < polls; i++) {
            PollDraft draft = new PollDraft("Sand or sage? #" + i, List.of(OptionDraft.ofItem("LAMP-SAND", "Sand"),
                    OptionDraft.ofItem("LAMP-SAGE", "Sage")), 48, List.of("home"), List.of(), null, null);
            long id = pollService.create(draft).id();
            pollService.schedule(id, soon);
        }
        return workspace;
    }
}
