package io.vitrine.poll.ui;

import io.vitrine.common.Formats;
import io.vitrine.poll.SegmentResult;
import io.vitrine.poll.VerdictSentence;
import io.vitrine.poll.stats.PollVerdict;
import io.vitrine.poll.stats.VoteStatistics;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * Every audience segment with its favourite; segments that disagree with everyone's favourite are highlighted.
 * Verdicts and "Adj. p" are Holm-adjusted over all the rows, so a clear call is not one row in a dozen by chance.
 */
final class SegmentTable extends TableView<SegmentResult> {
    static final String STYLE = "segment-table";
    static final String REVERSED = "segment-reversed";
    static final String LEANS = "segment-leans";

    private IntFunction<String> labels = i -> "";
    private int overallLeader = -1;

    SegmentTable() {
        setId("segmentTable");
        getStyleClass().add(STYLE);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPrefHeight(300);
        setPlaceholder(new Label("Segments appear once votes arrive with audience details."));
        // Widths for the 12px font and 5px padding of .segment-table: all eight columns fit beside the poll list in a
        // 1280-wide window, and in a narrower one the figures keep their width while the words give way.
        getColumns().addAll(List.of(
                text("Segment", 166, s -> s.segment().describe()),
                figure("Votes", 50, s -> Formats.count(s.statistics().totalVotes())),
                text("Favourite", 76, s -> favourite(s.statistics())),
                figure("Share", 54, s -> leaderFigure(s.statistics(), true)),
                figure("P(best)", 64, s -> leaderFigure(s.statistics(), false)),
                text("Verdict", 105, s -> verdictWords(s.statistics().verdict().kind())),
                figure("Adj. p", 56, s -> s.statistics().totalVotes() == 0 ? "—" : Formats.pValue(s.statistics().verdict().pValue())),
                text("Versus everyone", 145, this::comparison)));
        setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(SegmentResult item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(REVERSED, LEANS);
                if (!empty && item != null && item.disagreement() != SegmentResult.Disagreement.NONE) {
                    getStyleClass().add(item.disagreement() == SegmentResult.Disagreement.REVERSED ? REVERSED : LEANS);
                }
            }
        });
    }

    /** The verdict in the column's few words: "no meaningful difference" would be cut to "no meaningf…". */
    private static String verdictWords(PollVerdict.Kind kind) {
        return kind == PollVerdict.Kind.NO_MEANINGFUL_DIFFERENCE ? "about even" : kind.words();
    }

    void show(List<SegmentResult> segments, IntFunction<String> optionLabels, int everyonesFavourite) {
        this.labels = optionLabels;
        this.overallLeader = everyonesFavourite;
        getItems().setAll(segments);
    }

    /** A column of words: in a narrow table it gives up width first (the words end in "…"). */
    private static TableColumn<SegmentResult, String> text(String title, double width, Function<SegmentResult, String> value) {
        TableColumn<SegmentResult, String> column = column(title, width, value);
        column.setMinWidth(width * 0.6);
        return column;
    }

    /** A column of short figures, never narrower than {@code width}, so a number is never cut to "…". */
    private static TableColumn<SegmentResult, String> figure(String title, double width, Function<SegmentResult, String> value) {
        TableColumn<SegmentResult, String> column = column(title, width, value);
        column.setMinWidth(width);
        return column;
    }

    private static TableColumn<SegmentResult, String> column(String title, double width, Function<SegmentResult, String> value) {
        TableColumn<SegmentResult, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private String favourite(VoteStatistics stats) {
        return stats.totalVotes() == 0 ? "—" : labels.apply(stats.leader());
    }

    private static String leaderFigure(VoteStatistics stats, boolean share) {
        if (stats.totalVotes() == 0) {
            return "—";
        }
        var leader = stats.option(stats.leader());
        return share ? Formats.percent(leader.share()) : VerdictSentence.probabilityShort(leader.probabilityBest());
    }

    private String comparison(SegmentResult s) {
        return switch (s.disagreement()) {
            case REVERSED -> "Clearly prefers " + labels.apply(s.statistics().leader());
            case LEANS_OTHER_WAY -> "Leans to " + labels.apply(s.statistics().leader());
            // a dash: no evidence this segment differs from everyone (a blank cell read as missing data)
            case NONE -> s.statistics().totalVotes() > 0 && s.statistics().leader() == overallLeader ? "Same favourite" : "—";
        };
    }
}
