package io.vitrine.insights.ui;

import io.vitrine.insights.PostRanking;
import io.vitrine.insights.SegmentDimension;
import io.vitrine.insights.SegmentRow;
import io.vitrine.insights.Summary;
import io.vitrine.insights.TimeSeries;
import java.util.List;
import java.util.Map;

/** Everything the Insights screen shows, loaded in one background read. */
record InsightsSnapshot(Summary summary, TimeSeries series, PostRanking ranking,
                        Map<SegmentDimension, List<SegmentRow>> segments, java.time.ZoneId zone) {
}
