-- Sessions remember when the member last proved who they are (sign-in or confirmation), for
-- actions that need a recent one. Challenges are bound to the browser that asked for them.
-- Throttle counters are keyed by HMACs (the old SHA-256 keys are dropped) and carry their own
-- expiry. Secrets (the HMAC key) are generated once and shared by every server on the database.

ALTER TABLE sessions ADD COLUMN confirmed_at bigint;
UPDATE sessions SET confirmed_at = created_at;
ALTER TABLE sessions ALTER COLUMN confirmed_at SET NOT NULL;

-- Unanswered challenges live five minutes; none survives a change of what binds them.
DELETE FROM challenges;
ALTER TABLE challenges DROP CONSTRAINT IF EXISTS challenges_purpose_check;
ALTER TABLE challenges ADD COLUMN binding_hash text NOT NULL;

DROP TABLE throttle;
-- key: HMAC of the rule and what it counts (identifier, client address, ...); no identifier or
-- address is stored.
CREATE TABLE throttle (
  key text PRIMARY KEY,
  count integer NOT NULL,
  window_start bigint NOT NULL,
  expires_at bigint NOT NULL
);

CREATE TABLE secrets (
  name text PRIMARY KEY,
  value bytea NOT NULL,
  created_at bigint NOT NULL
);
