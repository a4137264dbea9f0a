-- Sign-in throttling that holds under concurrency and cannot be turned into a weapon (issue 11).
-- Each attempt locks its account row, then its (account, address) row, and is counted as a failure before the
-- secret is checked: parallel attempts queue on those rows, so no more than the allowed number are checked.
DROP TABLE membership.login_failure;

-- What is being guessed: a password at sign-in, the code of the second step, or a password confirmed while signed in.
-- login is the normalised email, whether or not an account has it, so that answers tell nothing.
CREATE TABLE membership.attempt_account (
    kind              varchar(20)  NOT NULL CHECK (kind IN ('SIGN_IN', 'SECOND_STEP', 'CONFIRMATION')),
    login             varchar(320) NOT NULL,
    failures          integer      NOT NULL DEFAULT 0 CHECK (failures >= 0),
    last_failure_at   timestamptz,
    -- set when the owner was emailed an unlock link for this run of failures, so that only one goes out
    unlock_offered_at timestamptz,
    PRIMARY KEY (kind, login)
);
CREATE INDEX attempt_account_last_failure_idx ON membership.attempt_account (last_failure_at);

CREATE TABLE membership.attempt_pair (
    kind            varchar(20)  NOT NULL,
    login           varchar(320) NOT NULL,
    client_address  varchar(64)  NOT NULL,
    failures        integer      NOT NULL DEFAULT 0 CHECK (failures >= 0),
    last_failure_at timestamptz,
    PRIMARY KEY (kind, login, client_address),
    FOREIGN KEY (kind, login) REFERENCES membership.attempt_account (kind, login) ON DELETE CASCADE
);
CREATE INDEX attempt_pair_last_failure_idx ON membership.attempt_pair (last_failure_at);

-- Requests that send an email to whoever is named (password resets), counted in fixed windows per account and
-- per client address; one statement counts and answers.
CREATE TABLE membership.request_window (
    scope      varchar(30)  NOT NULL,
    key        varchar(320) NOT NULL,
    started_at timestamptz  NOT NULL,
    hits       integer      NOT NULL CHECK (hits > 0),
    PRIMARY KEY (scope, key)
);
CREATE INDEX request_window_started_idx ON membership.request_window (started_at);

-- The emailed link that lifts the refusal of an account whose failures reached the ceiling.
ALTER TABLE membership.account_token DROP CONSTRAINT account_token_purpose_check;
ALTER TABLE membership.account_token ADD CONSTRAINT account_token_purpose_check
    CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET', 'SIGN_IN_UNLOCK'));
