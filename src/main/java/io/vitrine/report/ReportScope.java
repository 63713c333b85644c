package io.vitrine.report;

/** What a workbook covers: the whole workspace, or one campaign's posts and polls. */
public record ReportScope(Long campaignId, String campaignName) {
    public static final ReportScope WORKSPACE = new ReportScope(null, null);

    public boolean isCampaign() {
        return campaignId != null;
    }

    public String describe() {
        return isCampaign() ? "Campaign “" + campaignName + "”" : "Whole workspace";
    }
}
