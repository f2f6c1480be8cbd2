-- Approvals (issue 20): a protected change waits here as a pending transaction until the member
-- approves exactly it with a passkey, denies it, or it expires (5 minutes) or is cancelled (a
-- wrong number picked on the phone). Closed transactions stay: an approved one keeps the verified
-- assertion as its receipt, evidence of what the member approved.
--
-- payload and summary are canonical JSON (sorted keys, no whitespace); digest is the SHA-256 of
-- the canonical JSON of {kind, payload, summary}, from which every approval challenge is derived
-- with the nonce of the latest options. The handoff to a phone keeps only SHA-256 of its token
-- and of its short code, both spent when the phone claims it.

CREATE TABLE approvals (
  id text PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  kind text NOT NULL,
  payload text NOT NULL,
  summary text NOT NULL,
  digest text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'approved', 'denied', 'expired', 'cancelled')),
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  closed_at bigint,
  nonce text,
  handoff_hash text UNIQUE,
  short_code_hash text UNIQUE,
  number text,
  claimed_at bigint,
  picked_at bigint,
  credential_id text,
  receipt text,
  outcome text CHECK (outcome IN ('executed', 'failed'))
);
CREATE INDEX approvals_account_status_idx ON approvals (account_id, status);
CREATE INDEX approvals_pending_expires_at_idx ON approvals (expires_at) WHERE status = 'pending';
