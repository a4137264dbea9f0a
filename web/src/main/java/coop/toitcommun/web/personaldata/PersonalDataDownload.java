package coop.toitcommun.web.personaldata;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import coop.toitcommun.governance.GovernanceDataExport;
import coop.toitcommun.membership.PersonalDataExport;
import coop.toitcommun.venue.VenueDataExport;

/**
 * Everything the house keeps about one person, from each module, as one JSON document: membership's part at the top
 * (as the download has always begun), then the legal entities' and the venue's.
 */
record PersonalDataDownload(@JsonUnwrapped PersonalDataExport membership, GovernanceDataExport governance,
                            VenueDataExport venue) {
}
