-- Accounts, passkeys, sessions, one-time challenges, throttle counters, audit log, password
-- history. Times are bigint milliseconds since the epoch from the portal's clock.

CREATE TABLE accounts (
  id text PRIMARY KEY,
  kvnr text NOT NULL UNIQUE,
  email text NOT NULL UNIQUE,
  display_name text NOT NULL,
  locale text NOT NULL DEFAULT 'de' CHECK (locale IN ('de', 'en')),
  password_hash text,
  webauthn_user_id bytea NOT NULL UNIQUE,
  created_at bigint NOT NULL
);

CREATE TABLE credentials (
  id text PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  public_key bytea NOT NULL,
  counter bigint NOT NULL,
  transports text[] NOT NULL DEFAULT '{}',
  device_type text NOT NULL CHECK (device_type IN ('singleDevice', 'multiDevice')),
  backed_up boolean NOT NULL,
  name text NOT NULL,
  created_at bigint NOT NULL,
  last_used_at bigint
);
CREATE INDEX credentials_account_id_idx ON credentials (account_id);

-- id_hash: SHA-256 of the cookie value; the raw session id is never stored.
CREATE TABLE sessions (
  id_hash text PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  method text NOT NULL CHECK (method IN ('password', 'passkey')),
  created_at bigint NOT NULL,
  last_seen_at bigint NOT NULL
);
CREATE INDEX sessions_account_id_idx ON sessions (account_id);

CREATE TABLE challenges (
  challenge_hash text PRIMARY KEY,
  purpose text NOT NULL CHECK (purpose IN ('login', 'register')),
  account_id text REFERENCES accounts (id) ON DELETE CASCADE,
  expires_at bigint NOT NULL
);
CREATE INDEX challenges_expires_at_idx ON challenges (expires_at);

-- key: SHA-256 of kind and identifier / credential id / client address.
CREATE TABLE throttle (
  key text PRIMARY KEY,
  count integer NOT NULL,
  window_start bigint NOT NULL
);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  event text NOT NULL,
  account_id text,
  at bigint NOT NULL
);
CREATE INDEX audit_log_account_id_idx ON audit_log (account_id, id);

CREATE TABLE password_history (
  id bigserial PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  password_hash text NOT NULL,
  created_at bigint NOT NULL
);
CREATE INDEX password_history_account_id_idx ON password_history (account_id, created_at DESC, id DESC);
