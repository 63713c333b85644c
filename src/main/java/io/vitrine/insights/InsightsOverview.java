package io.vitrine.insights;

import java.util.List;
import java.util.Map;

/** Everything the Insights screen shows for one filter, read in one background job. */
public record InsightsOverview(InsightsFilter filter, String timeZone, Summary summary, Funnel funnel, TimeSeries series,
                               List<PublicationTotals> posts, List<ProductTotals> products,
                               Map<SegmentDimension, List<SegmentRow>> segments, PostRanking ranking) {
}
