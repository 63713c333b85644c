package io.vitrine.conversation.ui;

import io.vitrine.conversation.CommentThread;
import io.vitrine.conversation.ConversationFeature;
import io.vitrine.conversation.ConversationsChanged;
import io.vitrine.conversation.InboxChoices;
import io.vitrine.conversation.InboxFilter;
import io.vitrine.conversation.ThreadStatus;
import io.vitrine.ui.Converters;
import io.vitrine.ui.DialogService.FileType;
import io.vitrine.ui.FxEvents;
import io.vitrine.ui.SectionView;
import io.vitrine.ui.StudioContext;
import io.vitrine.ui.ViewLoader;
import java.time.LocalDate;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Inbox section: every comment under the brand's posts and polls, threaded, newest first, with filters, search
 * and export; the open thread with its reply (typed, or drafted from the catalog and edited), done and assignee.
 * Binds to {@link InboxViewModel} (the list) and {@link ThreadViewModel} (the open thread).
 */
public final class InboxView implements SectionView {
    @FXML private Label countLabel;
    @FXML private Label figuresLabel;
    @FXML private Button exportButton;
    @FXML private ComboBox<InboxFilter.Show> showBox;
    @FXML private ComboBox<InboxChoices.Publication> publicationBox;
    @FXML private ComboBox<InboxChoices.Product> productBox;
    @FXML private ComboBox<io.vitrine.poll.AudienceSegment> segmentBox;
    @FXML private DatePicker sinceDate;
    @FXML private DatePicker untilDate;
    @FXML private TextField searchField;
    @FXML private Button clearButton;
    @FXML private ListView<CommentThread> threadList;
    @FXML private Label noThreadLabel;
    @FXML private VBox detailPane;
    @FXML private Label threadStatus;
    @FXML private Label threadWhere;
    @FXML private VBox threadBox;
    @FXML private ComboBox<String> assigneeBox;
    @FXML private Button doneButton;
    @FXML private TextArea replyArea;
    @FXML private Button draftButton;
    @FXML private CheckBox privateCheck;
    @FXML private Button sendButton;
    @FXML private Label replyNote;
    @FXML private VBox explanationBox;

    private final Parent root;
    private final StudioContext context;
    private final InboxViewModel model;
    private final ThreadViewModel thread;
    private final PauseTransition searchDelay = new PauseTransition(Duration.millis(250));
    private final Runnable unsubscribe;

    public InboxView(StudioContext context) {
        this.context = context;
        ConversationFeature feature = context.feature(ConversationFeature.class);
        this.model = new InboxViewModel(feature, context.tasks(), context.dialogs());
        this.thread = new ThreadViewModel(feature.conversations(), context.tasks(), model::reload);
        root = ViewLoader.load(this);
        bindFilters();
        bindList();
        bindThread();
        unsubscribe = FxEvents.onFxThread(context.events(), ConversationsChanged.class, e -> model.reload());
    }

    private void bindFilters() {
        countLabel.textProperty().bind(model.countProperty());
        figuresLabel.textProperty().bind(model.figuresProperty());
        showBox.setItems(model.shows());
        showBox.valueProperty().bindBidirectional(model.showProperty());
        showBox.setConverter(Converters.displaying(InboxView::describe));
        publicationBox.setItems(model.publications());
        publicationBox.valueProperty().bindBidirectional(model.publicationProperty());
        publicationBox.setConverter(Converters.displaying(p -> (p.postId() != null ? "Post " + p.postId() : "Poll " + p.pollId())
                + (p.label() == null || p.label().isBlank() ? "" : " · " + p.label())));
        productBox.setItems(model.products());
        productBox.valueProperty().bindBidirectional(model.productProperty());
        productBox.setConverter(Converters.displaying(InboxChoices.Product::title));
        segmentBox.setItems(model.segments());
        segmentBox.valueProperty().bindBidirectional(model.segmentProperty());
        segmentBox.setConverter(Converters.displaying(io.vitrine.poll.AudienceSegment::describe));
        sinceDate.valueProperty().bindBidirectional(model.sinceProperty());
        untilDate.valueProperty().bindBidirectional(model.untilProperty());
        searchField.textProperty().bindBidirectional(model.searchProperty());
        searchDelay.setOnFinished(e -> model.reload());
        model.searchProperty().addListener((obs, old, text) -> searchDelay.playFromStart());
        clearButton.setOnAction(e -> model.clearFilters());
        exportButton.setOnAction(e -> context.dialogs().chooseFileToSave("Export Comments",
                context.workspace().name().replaceAll("[\\\\/:*?\"<>|]", "_") + " comments " + LocalDate.now() + ".xlsx",
                List.of(FileType.of("Excel workbooks", "*.xlsx"), FileType.of("CSV files", "*.csv"))).ifPresent(model::export));
    }

    private void bindList() {
        threadList.setItems(model.threads());
        threadList.setCellFactory(list -> new ThreadCell());
        threadList.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (selected != null) {
                thread.open(selected);
            }
        });
        // a reload replaces the items: keep the open thread selected, and show its new state
        model.threads().addListener((ListChangeListener<CommentThread>) change -> {
            CommentThread open = thread.threadProperty().get();
            if (open == null) {
                return;
            }
            model.threads().stream().filter(t -> t.first().id().equals(open.first().id())).findFirst().ifPresentOrElse(
                    t -> threadList.getSelectionModel().select(t), thread::refresh);
        });
    }

    private void bindThread() {
        thread.threadProperty().addListener((obs, old, t) -> showThread(t));
        replyArea.textProperty().bindBidirectional(thread.replyProperty());
        privateCheck.selectedProperty().bindBidirectional(thread.privatelyProperty());
        assigneeBox.setItems(model.assignees());
        assigneeBox.valueProperty().bindBidirectional(thread.assigneeProperty());
        assigneeBox.setOnAction(e -> thread.assign());
        replyNote.textProperty().bind(thread.noteProperty());
        draftButton.setOnAction(e -> thread.draft());
        sendButton.setOnAction(e -> thread.send());
        sendButton.disableProperty().bind(thread.replyProperty().isEmpty().or(thread.busyProperty()));
        draftButton.disableProperty().bind(thread.busyProperty());
        doneButton.setOnAction(e -> thread.toggleDone());
        thread.explanation().addListener((ListChangeListener<String>) change -> explanationBox.getChildren().setAll(
                thread.explanation().stream().map(line -> (Node) wrapped(line)).toList()));
        showThread(null);
    }

    private void showThread(CommentThread t) {
        detailPane.setVisible(t != null);
        noThreadLabel.setVisible(t == null);
        if (t == null) {
            return;
        }
        ThreadStatusBadge.apply(threadStatus, t.status());
        threadWhere.setText(ThreadCell.where(t) + (t.itemId() != null ? " · about " + t.itemId() : ""));
        threadBox.getChildren().setAll(ThreadBubbles.of(t));
        doneButton.setText(t.status() == ThreadStatus.DONE ? "Reopen" : "Mark done");
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    static String describe(InboxFilter.Show show) {
        return switch (show) {
            case ALL -> "All comments";
            case QUESTIONS -> "Questions";
            case UNANSWERED -> "Unanswered";
            case ANSWERED -> "Answered";
            case DONE -> "Done";
        };
    }

    /** Shows the questions nobody answered yet (the navigation's count). */
    public void showUnanswered() {
        model.showProperty().set(InboxFilter.Show.UNANSWERED);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShow() {
        model.refresh();
    }

    @Override
    public void dispose() {
        unsubscribe.run();
        searchDelay.stop();
    }
}
