package io.vitrine.cli;

import io.vitrine.catalog.ItemSummary;
import io.vitrine.common.Formats;
import io.vitrine.common.Problem;
import io.vitrine.common.VitrineException;
import io.vitrine.image.ImageStore;
import io.vitrine.poll.AudienceSegment;
import io.vitrine.poll.PollDraft;
import io.vitrine.poll.PollLimits;
import io.vitrine.poll.PollResults;
import io.vitrine.poll.PollResultsDocument;
import io.vitrine.poll.PollResultsService;
import io.vitrine.poll.PollService;
import io.vitrine.poll.PollSummary;
import io.vitrine.poll.PollTargets;
import io.vitrine.poll.SegmentResult;
import io.vitrine.poll.VerdictSentence;
import io.vitrine.poll.stats.OptionStatistics;
import io.vitrine.poll.stats.StatisticsSettings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./studio poll create|list|results|schedule}: A/B product polls, headless. */
@Command(mixinStandardHelpOptions = true, name = "poll", description = "Create A/B product polls and read their results.",
        subcommands = {PollCommand.Create.class, PollCommand.ListPolls.class, PollCommand.Results.class,
                PollCommand.Schedule.class})
final class PollCommand {

    @Command(mixinStandardHelpOptions = true, name = "create", description = {"Create a poll from 2 to 4 options and print its id.",
            "Each option is a catalog item (--option ITEM_ID) or a custom design (--option-image FILE:LABEL), in order."})
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Option(names = "--question", required = true, paramLabel = "TEXT", description = "What the audience is asked.")
        String question;
        @ArgGroup(exclusive = true, multiplicity = "0..*")
        List<OptionArg> options = new ArrayList<>();
        @Option(names = "--hours", paramLabel = "N", description = "How long voting stays open, 1 to 720 hours. Default: ${DEFAULT-VALUE}.")
        int hours = PollDraft.DEFAULT_DURATION_HOURS;
        @Option(names = "--campaign", paramLabel = "NAME", description = "Campaign the poll belongs to (an existing one).")
        String campaign;
        @Option(names = "--brand", paramLabel = "HANDLE", description = "Brand profile that asks, when the workspace has several.")
        String brand;
        @Option(names = "--interests", paramLabel = "LIST", description = "Target interests, comma-separated.")
        String interests;
        @Option(names = "--regions", paramLabel = "LIST", description = "Target regions as country codes, comma-separated (FR,DE).")
        String regions;
        @Mixin
        JsonOption json;

        /** One --option or --option-image, in the order given. */
        static final class OptionArg {
            @Option(names = "--option", paramLabel = "ITEM_ID", description = "A catalog item (or variant) id.")
            String itemId;
            @Option(names = "--option-image", paramLabel = "FILE:LABEL", description = "A picture of a design and its label.")
            String image;
        }

        @Override
        public Integer call() {
            if (options.size() < PollLimits.MIN_OPTIONS || options.size() > PollLimits.MAX_OPTIONS) {
                throw new VitrineException("A poll needs 2 to 4 options; you gave " + options.size() + ".",
                        "Add one --option ITEM_ID or --option-image FILE:LABEL per option.");
            }
            try (WorkspaceOption.OpenWorkspace ws = workspace.open()) {
                List<PollDraft.OptionDraft> drafts = new ArrayList<>();
                List<ImageStore.CheckedImage> pictures = new ArrayList<>(); // stored with the poll, only if it is created
                ImageStore images = ws.features().polls().images();
                for (OptionArg arg : options) {
                    drafts.add(arg.itemId != null ? itemOption(ws, arg.itemId) : imageOption(images, arg.image, pictures));
                }
                PollDraft draft = new PollDraft(question, drafts, hours, PollTargets.interests(interests),
                        PollTargets.regions(regions), campaign, null);
                PollService.Saved saved = ws.features().polls().polls().create(draft, brand, pictures);
                PrintWriter out = spec.commandLine().getOut();
                List<String> warnings = saved.problems().stream().map(Problem::message).toList();
                if (json.enabled()) {
                    json.write(new Created(saved.id(), warnings));
                } else {
                    warnings.forEach(w -> spec.commandLine().getErr().println("warning: " + w));
                    out.println(saved.id());
                }
            }
            return 0;
        }

        private static PollDraft.OptionDraft itemOption(WorkspaceOption.OpenWorkspace ws, String itemId) {
            String label = ws.features().catalog().catalog().find(itemId).map(ItemSummary::title).orElse(itemId);
            return PollDraft.OptionDraft.ofItem(itemId, PollLimits.labelFromTitle(label));
        }

        /** FILE:LABEL — the file is the longest prefix before a colon that exists, so paths may contain colons. */
        private static PollDraft.OptionDraft imageOption(ImageStore images, String spec, List<ImageStore.CheckedImage> pictures) {
            for (int colon = spec.lastIndexOf(':'); colon > 0; colon = spec.lastIndexOf(':', colon - 1)) {
                Path file = Path.of(spec.substring(0, colon));
                if (Files.isRegularFile(file)) {
                    ImageStore.CheckedImage picture = images.check(file);
                    pictures.add(picture);
                    return PollDraft.OptionDraft.ofImage(picture.image().sha256(), spec.substring(colon + 1).strip());
                }
            }
            throw new VitrineException("--option-image " + spec + ": no image file before the ':'.",
                    "Write it as FILE:LABEL, e.g. --option-image designs/stripes.png:Stripes.");
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "list", description = "List the polls with their status and votes.")
    static final class ListPolls implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Mixin
        JsonOption json;

        @Override
        public Integer call() {
            try (WorkspaceOption.OpenWorkspace ws = workspace.open()) {
                List<PollSummary> polls = ws.features().polls().polls().list();
                PrintWriter out = spec.commandLine().getOut();
                if (json.enabled()) {
                    json.write(polls.stream().map(p -> new ListedPoll(p.id(), p.question(), p.status().code(),
                            p.votes(), p.options(), p.campaign(), p.scheduledAt(), p.publishedAt())).toList());
                    return 0;
                }
                if (polls.isEmpty()) {
                    out.println("No polls yet. Create one with: studio poll create -w " + workspace + " --question TEXT --option ITEM_ID --option ITEM_ID");
                }
                for (PollSummary p : polls) {
                    out.printf("%5d  %-10s %10s votes  %s%n", p.id(), p.status().code(), Formats.count(p.votes()), p.question());
                }
            }
            return 0;
        }
    }

    /** What {@code poll create --json} prints. */
    record Created(long id, List<String> warnings) {
    }

    /** A poll in {@code poll list --json}. */
    record ListedPoll(long id, String question, String status, long votes, int options, String campaign,
                      Instant scheduledAt, Instant publishedAt) {
    }

    @Command(mixinStandardHelpOptions = true, name = "results", description = {"Show a poll's results: votes, shares with 95%% intervals, probability best,",
            "the verdict, the sample-ratio check and every audience segment."})
    static final class Results implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "POLL_ID")
        long pollId;
        @Mixin
        WorkspaceOption workspace;
        @Option(names = "--segment", paramLabel = "DIM=VALUE", description = "Only this part of the audience (repeatable):"
                + " region=FR, age_band=18-24, interest=lighting, returning=new.")
        List<String> segments = new ArrayList<>();
        @Option(names = "--min-votes", paramLabel = "N", description = "Votes needed before any call (default: the workspace's setting, 100).")
        Integer minVotes;
        @Mixin
        JsonOption json;

        @Override
        public Integer call() {
            List<AudienceSegment> scope = new ArrayList<>();
            for (String s : segments) {
                try {
                    scope.add(AudienceSegment.parse(s));
                } catch (IllegalArgumentException e) {
                    throw new VitrineException("--segment " + s + ": " + e.getMessage(), "");
                }
            }
            try (WorkspaceOption.OpenWorkspace ws = workspace.open()) {
                PollResultsService service = ws.features().polls().results();
                int min = minVotes != null ? minVotes : service.minVotes();
                if (min < 1) {
                    throw new VitrineException("--min-votes must be at least 1.", "100 is the default.");
                }
                PollResults results = service.results(pollId, scope, StatisticsSettings.defaults().withMinVotes(min));
                PrintWriter out = spec.commandLine().getOut();
                if (json.enabled()) {
                    json.write(PollResultsDocument.of(results));
                } else {
                    print(out, results);
                }
            }
            return 0;
        }

        private static void print(PrintWriter out, PollResults r) {
            out.printf("Poll %d: %s (%s)%n", r.poll().id(), r.poll().question(), r.poll().status().code());
            if (!r.scope().isEmpty()) {
                out.println("Audience: " + r.scope().stream().map(AudienceSegment::describe).toList());
            }
            out.println(r.verdictSentence());
            if (!r.scopeAdjustment().isEmpty()) {
                out.println(r.scopeAdjustment());
            }
            out.println();
            out.printf("  %-28s %8s %7s %17s %8s %8s%n", "option", "votes", "share", "95% interval", "P(best)", "exp.loss");
            for (OptionStatistics o : r.statistics().options()) {
                out.printf("  %-28s %8s %7s %7s – %-7s %8s %8s%n", truncate(r.label(o.position()), 28), Formats.count(o.votes()),
                        Formats.percent(o.share()), Formats.percent(o.ciLow()), Formats.percent(o.ciHigh()),
                        VerdictSentence.probabilityShort(o.probabilityBest()), Formats.percent(o.expectedLoss()));
            }
            out.println();
            out.println("  Segments (* = disagrees with everyone's favourite; p = adjusted p-value of the lead):");
            for (SegmentResult s : r.segments()) {
                int leader = s.statistics().leader();
                String p = Formats.pValue(s.statistics().verdict().pValue());
                out.printf("  %s %-30s %8s votes  favourite: %-22s %-24s p%s%n", s.disagreement().disagrees() ? "*" : " ",
                        s.segment().describe(), Formats.count(s.statistics().totalVotes()), truncate(r.label(leader), 22),
                        s.statistics().verdict().kind().words(), p.startsWith("<") ? p : "=" + p);
            }
            if (!r.segmentAdjustment().isEmpty()) {
                out.println("  " + r.segmentAdjustment());
            }
        }

        private static String truncate(String text, int width) {
            return text.length() <= width ? text : text.substring(0, width - 1) + "…";
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "schedule", description = "Schedule a poll for publication (now or at a time); the sync publishes it.")
    static final class Schedule implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "POLL_ID")
        long pollId;
        @Mixin
        WorkspaceOption workspace;
        @Option(names = "--at", paramLabel = "TIME", description = "ISO-8601 UTC time, e.g. 2026-11-24T09:00:00Z. Default: now.")
        String at;

        @Override
        public Integer call() {
            Instant when;
            try {
                when = at == null ? Instant.now() : Instant.parse(at);
            } catch (DateTimeParseException e) {
                throw new VitrineException("--at " + at + " is not a time like 2026-11-24T09:00:00Z.", "Use ISO-8601 in UTC.");
            }
            try (WorkspaceOption.OpenWorkspace ws = workspace.open()) {
                ws.features().polls().polls().schedule(pollId, when);
            }
            spec.commandLine().getOut().printf("Poll %d scheduled for %s%n", pollId, when);
            return 0;
        }
    }
}
