package io.vitrine.poll.ui;

import io.vitrine.poll.VerdictSentence;
import io.vitrine.poll.stats.OptionStatistics;
import io.vitrine.poll.stats.VoteStatistics;
import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;

/** A half-dial showing how likely the leading option is the audience's favourite, with every option's chance below. */
final class ProbabilityGauge extends VBox {
    static final String GAUGE_CAPTION = "gauge-caption";
    static final String GAUGE_LINE = "gauge-line";
    static final String GAUGE_PERCENT = "gauge-percent";
    static final String STYLE_CLASS = "probability-gauge";
    private static final double RADIUS = 70;

    private final Arc track = arc("gauge-track");
    private final Arc value = arc("gauge-value");
    private final Label percent = new Label();
    private final Label caption = new Label();
    private final VBox others = new VBox(2);

    ProbabilityGauge() {
        super(6);
        setId("probabilityGauge");
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.TOP_CENTER);
        track.setLength(-180);
        percent.setId("gaugePercent");
        percent.getStyleClass().add(GAUGE_PERCENT);
        caption.getStyleClass().add(GAUGE_CAPTION);
        caption.setWrapText(true);
        caption.setMaxWidth(2 * RADIUS + 40);
        StackPane dial = new StackPane(track, value, percent);
        StackPane.setAlignment(percent, Pos.BOTTOM_CENTER);
        dial.setPrefSize(2 * RADIUS + 20, RADIUS + 20);
        dial.setMaxSize(2 * RADIUS + 20, RADIUS + 20);
        getChildren().addAll(dial, caption, others);
        setMinWidth(2 * RADIUS + 60);
    }

    private static Arc arc(String styleClass) {
        Arc arc = new Arc(0, 0, RADIUS, RADIUS, 180, 0);
        arc.setType(ArcType.OPEN);
        arc.getStyleClass().add(styleClass);
        arc.setManaged(false);
        arc.setLayoutX(RADIUS + 10);
        arc.setLayoutY(RADIUS + 10);
        return arc;
    }

    void show(VoteStatistics stats, IntFunction<String> labels) {
        int leader = Math.max(0, stats.leader());
        double p = stats.option(leader).probabilityBest();
        value.setLength(-180 * p);
        percent.setText(VerdictSentence.probabilityShort(p));
        caption.setText(stats.totalVotes() == 0 ? "No votes yet" : "chance " + labels.apply(leader) + " is the favourite");
        others.getChildren().clear();
        for (OptionStatistics option : stats.options()) {
            Label line = new Label(labels.apply(option.position()) + ": " + VerdictSentence.probabilityShort(option.probabilityBest()));
            line.getStyleClass().add(GAUGE_LINE);
            others.getChildren().add(line);
        }
    }
}
