package io.vitrine.insights;

import io.vitrine.workspace.Database;

/** The engagement events of one workspace: the store the sync engine writes, the queries screens and reports read. */
public record InsightsFeature(EngagementStore events, EngagementQueries queries) {

    public static InsightsFeature of(Database database) {
        return new InsightsFeature(new EngagementStore(database), new EngagementQueries(database));
    }
}
