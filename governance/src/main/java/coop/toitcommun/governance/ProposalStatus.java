package coop.toitcommun.governance;

/** An item proposed by a member waits for the board, which accepts it onto the agenda or declines it with a reason. */
public enum ProposalStatus {
    PENDING, ACCEPTED, DECLINED
}
