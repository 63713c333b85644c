package io.vitrine.cli;

import io.vitrine.brand.BrandProfile;
import io.vitrine.brand.PublishState;
import io.vitrine.common.Formats;
import io.vitrine.common.Problem;
import io.vitrine.common.Progress;
import io.vitrine.post.NewPost;
import io.vitrine.post.Post;
import io.vitrine.post.PostCreator;
import io.vitrine.post.PostFeature;
import io.vitrine.post.PostFilter;
import io.vitrine.post.PostSummary;
import io.vitrine.post.ScheduleImport;
import io.vitrine.post.TagSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./studio post create|list|import-schedule|brand}: shoppable posts, headless. */
@Command(mixinStandardHelpOptions = true, name = "post", description = "Create, list and bulk-schedule shoppable posts.",
        subcommands = {PostCommand.Create.class, PostCommand.ListPosts.class, PostCommand.ImportSchedule.class,
                PostBrandCommand.class, PostCampaignCommand.class})
final class PostCommand {

    /** What {@code post create --json} prints. */
    record Created(long id, String status, java.time.Instant scheduledAt, int images, int tags, List<String> warnings) {
    }

    /** A post in {@code post list --json}. */
    record Row(long id, String status, String caption, java.time.Instant scheduledAt, String scheduleTimeZone,
               java.time.Instant publishedAt, String campaign, int images, int tags, String syncError, java.time.Instant updatedAt) {
    }

    @Command(mixinStandardHelpOptions = true, name = "create", description = {"Create a post: photos, caption, product tags, and optionally a schedule.",
            "Without --schedule the post is saved as a draft. Prints the new post's id."},
            footer = {"", "Example:", "  ./studio post create -w shop.vitrine --image lamp.jpg --caption 'Evenings, softer #lighting'"
                    + " --tag LAMP-1@0.42,0.61 --schedule 2026-12-01T10:00 --campaign 'Lumière Lights'"})
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Option(names = "--image", required = true, paramLabel = "FILE", description = "A photo (PNG, JPEG, GIF, WebP); repeat for a carousel (at most 10).")
        List<Path> images = new ArrayList<>();
        @Option(names = "--caption", required = true, paramLabel = "TEXT", description = "Caption with #hashtags and @mentions (at most 2,200 characters, 30 hashtags).")
        String caption;
        @Option(names = "--tag", paramLabel = "SPEC", description = "A product pin: " + TagSpec.FORMAT + ". X,Y from 0 to 1 on the uncropped photo; PHOTO 1 = first.")
        List<String> tags = new ArrayList<>();
        @Option(names = "--schedule", paramLabel = "ISO_DATETIME", description = "When to publish: 2026-12-01T10:00 (brand's time zone), 2026-12-01T10:00+01:00, …Z or …[Europe/Paris].")
        String schedule;
        @Option(names = "--campaign", paramLabel = "NAME", description = "Campaign name.")
        String campaign;
        @Option(names = "--interest", paramLabel = "TOPIC", description = "An interest/topic for the platform's interest feed; repeatable.")
        List<String> interests = new ArrayList<>();
        @Option(names = "--cta", paramLabel = "ACTION", description = "Call to action: shop_now, vote or learn_more.")
        String callToAction;
        @Option(names = "--brand", paramLabel = "HANDLE", description = "Brand profile handle (needed when the workspace has several).")
        String brand;
        @Mixin
        JsonOption json;

        @Override
        public Integer call() {
            try (WorkspaceOption.OpenWorkspace ws = workspace.open()) {
                PostFeature feature = ws.features().posts();
                BrandProfile profile = feature.brands().choose(brand);
                PostCreator.Created created = feature.creator().create(profile,
                        new NewPost(images, caption, tags, schedule, campaign, interests, callToAction));
                print(spec.commandLine().getOut(), spec.commandLine().getErr(), created, profile);
            }
            return 0;
        }

        private void print(PrintWriter out, PrintWriter err, PostCreator.Created created, BrandProfile profile) {
            Post post = created.post();
            List<String> warnings = created.warnings().stream().filter(p -> !p.isError()).map(Problem::message).toList();
            if (json.enabled()) {
                Created result = new Created(post.id(), post.status().code(), post.scheduledAt(), post.images().size(),
                        post.tags().size(), warnings);
                json.write(result);
                return;
            }
            out.println(post.id());
            warnings.forEach(w -> err.println("warning: " + w));
            if (post.scheduledAt() != null) {
                ZoneId zone = post.scheduleZone() != null ? post.scheduleZone() : profile.timeZone();
                err.printf("Scheduled post %d for %s (%s) = %s UTC%n", post.id(), Formats.dateTime(post.scheduledAt(), zone),
                        zone.getId(), post.scheduledAt());
            } else {
                err.printf("Saved post %d as a draft%n", post.id());
            }
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "list", description = "List the posts of a workspace, newest first.")
    static final class ListPosts implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Option(names = "--status", paramLabel = "STATUS", description = "Only these statuses: ${COMPLETION-CANDIDATES}; repeatable. Default: all.")
        List<PublishState> statuses = new ArrayList<>();
        @Mixin
        JsonOption json;

        @Override
        public Integer call() {
            try (WorkspaceOption.OpenWorkspace ws = workspace.open()) {
                PostFeature feature = ws.features().posts();
                List<PostSummary> posts = feature.posts().list(statuses.isEmpty() ? PostFilter.ALL
                        : PostFilter.of(statuses.toArray(PublishState[]::new)));
                PrintWriter out = spec.commandLine().getOut();
                if (json.enabled()) {
                    json.write(posts.stream().map(ListPosts::row).toList());
                    return 0;
                }
                Map<Long, ZoneId> zones = new LinkedHashMap<>();
                feature.brands().list().forEach(b -> zones.put(b.id(), b.timeZone()));
                out.printf("%-6s %-10s %-30s %6s %5s  %-18s %s%n", "ID", "STATUS", "WHEN", "PHOTOS", "TAGS", "CAMPAIGN", "CAPTION");
                for (PostSummary p : posts) {
                    ZoneId zone = p.scheduleZone() != null ? p.scheduleZone() : zones.getOrDefault(p.brandId(), ZoneId.of("UTC"));
                    String when = p.when() == null ? "-" : Formats.dateTime(p.when(), zone) + " " + zone.getId().replaceAll(".*/", "");
                    out.printf("%-6d %-10s %-30s %6d %5d  %-18s %s%n", p.id(), p.status().code(), when, p.imageCount(),
                            p.tagCount(), p.campaignName() == null ? "-" : shorten(p.campaignName(), 18), p.headline());
                }
                out.printf("%s post(s)%n", Formats.count(posts.size()));
            }
            return 0;
        }

        private static Row row(PostSummary p) {
            return new Row(p.id(), p.status().code(), p.caption(), p.scheduledAt(),
                    p.scheduleZone() == null ? null : p.scheduleZone().getId(), p.publishedAt(), p.campaignName(), p.imageCount(),
                    p.tagCount(), p.syncError(), p.updatedAt());
        }

        private static String shorten(String text, int max) {
            return text.length() <= max ? text : text.substring(0, max - 1) + "…";
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "import-schedule", description = {"Create and schedule one post per row of a CSV file, with a report per row.",
            "Columns: images (paths separated by '|', relative to the CSV), caption, tags (specs separated by spaces or ';'),",
            "time (ISO date-time; blank = draft), and optionally campaign, interests, call_to_action.",
            "Good rows become posts; rejected rows are listed with line and reason. Exit code 1 when any row was rejected."})
    static final class ImportSchedule implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE.csv")
        Path csv;
        @Mixin
        WorkspaceOption workspace;
        @Option(names = "--brand", paramLabel = "HANDLE", description = "Brand profile handle (needed when the workspace has several).")
        String brand;
        @Option(names = "--dry-run", description = "Check every row and show the photo files it names, create nothing.")
        boolean dryRun;
        @Option(names = "--allow-outside", description = "Accept photos outside the CSV's folder (absolute paths, ../).")
        boolean allowOutside;
        @Mixin
        JsonOption json;

        @Override
        public Integer call() {
            ScheduleImport.Report report;
            try (WorkspaceOption.OpenWorkspace ws = workspace.open()) {
                PostFeature feature = ws.features().posts();
                report = feature.scheduleImport().run(csv, feature.brands().choose(brand), dryRun, allowOutside,
                        Progress.NONE);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json.enabled()) {
                json.write(report);
            } else {
                for (ScheduleImport.RowResult row : report.rows()) {
                    String head = "line " + row.line() + ": ";
                    out.println(head + switch (row.status()) {
                        case "created" -> "created post " + row.postId();
                        case "ok" -> "ok";
                        default -> "rejected";
                    });
                    if (dryRun) {
                        row.images().forEach(image -> out.println("    photo " + image));
                    }
                    for (Problem problem : row.problems()) {
                        out.println("    " + (problem.isError() ? "error" : "warning") + " [" + problem.field() + "] " + problem.message());
                    }
                }
                out.printf("%s: %d %s, %d rejected%n", csv.getFileName(), dryRun ? report.rows().size() - report.rejected()
                        : report.created(), dryRun ? "would be created" : "created", report.rejected());
            }
            return report.rejected() > 0 ? ErrorHandler.FAILED : 0;
        }
    }
}
