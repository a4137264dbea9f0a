package coop.toitcommun.membership;

/** What the sponsoring member organisation said of a second-circle applicant. */
public enum SponsorAnswer {
    CONFIRMED, DECLINED
}
