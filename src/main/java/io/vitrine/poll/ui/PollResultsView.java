package io.vitrine.poll.ui;

import io.vitrine.common.Formats;
import io.vitrine.poll.AudienceSegment;
import io.vitrine.poll.PollComment;
import io.vitrine.poll.PollResults;
import io.vitrine.poll.SegmentResult;
import io.vitrine.poll.VerdictSentence;
import io.vitrine.poll.stats.PollVerdict;
import io.vitrine.ui.Converters;
import io.vitrine.ui.DialogService;
import io.vitrine.ui.DialogService.FileType;
import io.vitrine.ui.ShellStatus;
import io.vitrine.ui.ViewLoader;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** A poll's results: the verdict in words, bars with intervals, the gauge, the race, segments and comments. */
public final class PollResultsView {
    static final String VERDICT_LEADS = "verdict-leads";
    static final String VERDICT_TIE = "verdict-tie";
    @FXML private VBox resultsContent;
    @FXML private Label questionLabel;
    @FXML private Label summaryLabel;
    @FXML private ComboBox<Optional<AudienceSegment>> audienceBox;
    @FXML private Spinner<Integer> minVotesSpinner;
    @FXML private Button refreshButton;
    @FXML private Button exportPngButton;
    @FXML private VBox verdictCard;
    @FXML private Label verdictLabel;
    @FXML private Label cautionLabel;
    @FXML private Label reversalLabel;
    @FXML private Label methodLabel;
    @FXML private StackPane barsHolder;
    @FXML private StackPane gaugeHolder;
    @FXML private StackPane chartHolder;
    @FXML private StackPane segmentHolder;
    @FXML private Label segmentNote;
    @FXML private Label commentsTitle;
    @FXML private TextField commentSearch;
    @FXML private ListView<PollComment> commentList;

    private final Parent root;
    private final PollResultsViewModel model;
    private final DialogService dialogs;
    private final ShellStatus status;
    private final VoteBars bars = new VoteBars();
    private final ProbabilityGauge gauge = new ProbabilityGauge();
    private final ShareChart chart = new ShareChart();
    private final SegmentTable segments = new SegmentTable();
    private final PauseTransition searchDelay = new PauseTransition(Duration.millis(200));

    public PollResultsView(PollResultsViewModel model, DialogService dialogs, ShellStatus status) {
        this.model = model;
        this.dialogs = dialogs;
        this.status = status;
        root = ViewLoader.load(this);
        barsHolder.getChildren().add(bars);
        gaugeHolder.getChildren().add(gauge);
        chartHolder.getChildren().add(chart);
        segmentHolder.getChildren().add(segments);
        audienceBox.setItems(model.audiences());
        audienceBox.valueProperty().bindBidirectional(model.audienceProperty());
        audienceBox.setConverter(Converters.displaying(audience -> audience.map(AudienceSegment::describe).orElse("Everyone")));
        IntegerSpinnerValueFactory minVotes = new IntegerSpinnerValueFactory(1, 1_000_000, model.minVotesProperty().get(), 50);
        minVotesSpinner.setValueFactory(minVotes);
        minVotes.valueProperty().bindBidirectional(model.minVotesProperty().asObject());
        refreshButton.setOnAction(e -> model.reload());
        refreshButton.disableProperty().bind(model.loadingProperty());
        exportPngButton.setOnAction(e -> exportPng());
        commentList.setItems(model.comments());
        commentList.setCellFactory(list -> new CommentCell());
        searchDelay.setOnFinished(e -> model.searchComments(commentSearch.getText()));
        commentSearch.textProperty().addListener((obs, old, text) -> searchDelay.playFromStart());
        segments.setOnMouseClicked(e -> {
            SegmentResult chosen = segments.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && chosen != null && model.audiences().contains(Optional.of(chosen.segment()))) {
                model.audienceProperty().set(Optional.of(chosen.segment()));
            }
        });
        model.resultsProperty().addListener((obs, old, results) -> show(results));
    }

    private void show(PollResults results) {
        if (results == null) {
            return;
        }
        IntFunction<String> labels = results::label;
        questionLabel.setText(results.poll().question());
        summaryLabel.setText(summary(results));
        verdictLabel.setText(VerdictSentence.verdict(results.poll(), results.statistics(), results.settings()));
        boolean caution = results.sampleRatio().flagged();
        cautionLabel.setText(caution ? VerdictSentence.caution(results.poll(), results.sampleRatio()) : "");
        cautionLabel.setVisible(caution);
        cautionLabel.setManaged(caution);
        String reversals = reversals(results);
        reversalLabel.setText(reversals);
        reversalLabel.setVisible(!reversals.isEmpty());
        reversalLabel.setManaged(!reversals.isEmpty());
        methodLabel.setText("Calls use an always-valid sequential test: safe to check as often as you like, at most 5% false"
                + " calls, and never before " + Formats.count(results.settings().minVotes()) + " votes."
                + (results.scopeAdjustment().isEmpty() ? "" : " " + results.scopeAdjustment()));
        verdictCard.getStyleClass().removeAll(VERDICT_LEADS, VERDICT_TIE);
        PollVerdict.Kind kind = results.statistics().verdict().kind();
        if (kind != PollVerdict.Kind.TOO_EARLY) {
            verdictCard.getStyleClass().add(kind == PollVerdict.Kind.LEADS ? VERDICT_LEADS : VERDICT_TIE);
        }
        bars.show(results.statistics(), labels);
        gauge.show(results.statistics(), labels);
        chart.show(results.timeline(), results.poll().options().size(), labels,
                results.statistics().totalVotes() > 0 ? results.statistics().leader() : -1);
        segments.show(results.segments(), labels, results.statistics().leader());
        segmentNote.setText(results.segmentAdjustment());
        commentsTitle.setText("Comments (" + Formats.count(results.comments()) + ")");
    }

    /** "Region DE clearly prefers Smoked glass." for each segment that reverses everyone's favourite. */
    private static String reversals(PollResults results) {
        return String.join(" ", results.segments().stream()
                .filter(s -> s.disagreement() == SegmentResult.Disagreement.REVERSED)
                .map(s -> s.segment().describe() + " clearly prefers " + results.label(s.statistics().leader()) + ".").toList());
    }

    private static String summary(PollResults results) {
        String who = results.scope().isEmpty() ? "" : " · " + results.scope().get(0).describe();
        return results.poll().status().code() + " · " + Formats.count(results.statistics().totalVotes()) + " votes" + who
                + (results.poll().campaignName() == null ? "" : " · " + results.poll().campaignName());
    }

    /** A picture of the whole results view (not just what is scrolled into sight), saved as PNG. */
    private void exportPng() {
        PollResults results = model.resultsProperty().get();
        if (results == null) {
            return;
        }
        dialogs.chooseFileToSave("Export results as PNG", "poll-" + results.poll().id() + "-results.png",
                List.of(FileType.of("PNG images", "*.png"))).ifPresent(target -> {
                    SnapshotParameters parameters = new SnapshotParameters();
                    var picture = SwingFXUtils.fromFXImage(resultsContent.snapshot(parameters, null), null);
                    model.exportPng(picture, target, () -> status.notify("Saved " + target.getFileName()));
                });
    }

    public Parent root() {
        return root;
    }

    public PollResultsViewModel model() {
        return model;
    }
}
