package io.vitrine.poll.ui;

import io.vitrine.common.Formats;
import io.vitrine.poll.stats.OptionStatistics;
import io.vitrine.poll.stats.VoteStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

/** One bar per option: its share of the votes, with a whisker spanning the 95% interval. */
final class VoteBars extends VBox {
    static final String VOTE_BAR = "vote-bar";
    static final String VOTE_BAR_FIGURES = "vote-bar-figures";
    static final String VOTE_BAR_LABEL = "vote-bar-label";
    static final String VOTE_BAR_LEADER = "vote-bar-leader";
    static final String VOTE_BAR_OTHER = "vote-bar-other";
    static final String VOTE_TRACK = "vote-track";
    static final String VOTE_WHISKER = "vote-whisker";
    static final String STYLE_CLASS = "vote-bars";
    private static final double NAME_WIDTH = 130;

    VoteBars() {
        super(10);
        setId("voteBars");
        getStyleClass().add(STYLE_CLASS);
    }

    void show(VoteStatistics stats, IntFunction<String> labels) {
        getChildren().clear();
        List<Label> figureColumn = new ArrayList<>();
        for (OptionStatistics option : stats.options()) {
            Label name = new Label(labels.apply(option.position()));
            name.getStyleClass().add(VOTE_BAR_LABEL);
            name.setMinWidth(NAME_WIDTH);
            name.setPrefWidth(NAME_WIDTH);
            name.setMaxWidth(NAME_WIDTH);
            Track track = new Track(option, option.position() == stats.leader() && stats.totalVotes() > 0);
            HBox.setHgrow(track, Priority.ALWAYS);
            Label figures = new Label(Formats.percent(option.share()) + "  ·  " + Formats.count(option.votes()) + " votes  ·  "
                    + Formats.percent(option.ciLow()) + "–" + Formats.percent(option.ciHigh()));
            figures.getStyleClass().add(VOTE_BAR_FIGURES);
            figures.setMinWidth(Region.USE_PREF_SIZE);
            figures.widthProperty().addListener((obs, old, width) -> alignFigures(figureColumn));
            figureColumn.add(figures);
            HBox row = new HBox(12, name, track, figures);
            row.setId("voteBar" + option.position());
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        }
    }

    /** Every row's figures as wide as the widest, so the bars start and end at the same x. */
    private static void alignFigures(List<Label> column) {
        double widest = column.stream().mapToDouble(Label::getWidth).max().orElse(0);
        for (Label figures : column) {
            if (figures.getMinWidth() < widest) {
                figures.setMinWidth(widest);
            }
        }
    }

    /** The bar and its interval whisker, laid out to the track's width. */
    private static final class Track extends Pane {
        private final OptionStatistics option;
        private final Region bar = new Region();
        private final Line whisker = new Line();
        private final Line lowCap = new Line();
        private final Line highCap = new Line();

        Track(OptionStatistics option, boolean leader) {
            this.option = option;
            getStyleClass().add(VOTE_TRACK);
            bar.getStyleClass().addAll(VOTE_BAR, leader ? VOTE_BAR_LEADER : VOTE_BAR_OTHER);
            for (Line line : new Line[] {whisker, lowCap, highCap}) {
                line.getStyleClass().add(VOTE_WHISKER);
            }
            getChildren().addAll(bar, whisker, lowCap, highCap);
            setPrefHeight(26);
            setMinWidth(120);
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double h = getHeight();
            bar.resizeRelocate(0, 3, Math.max(0, option.share() * w), h - 6);
            double mid = h / 2;
            double low = option.ciLow() * w;
            double high = option.ciHigh() * w;
            set(whisker, low, mid, high, mid);
            set(lowCap, low, mid - 7, low, mid + 7);
            set(highCap, high, mid - 7, high, mid + 7);
        }

        private static void set(Line line, double x1, double y1, double x2, double y2) {
            line.setStartX(x1);
            line.setStartY(y1);
            line.setEndX(x2);
            line.setEndY(y2);
        }
    }
}
