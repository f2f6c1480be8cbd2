-- Registrations: one per KVNR while the code of its activation letter lives (a new letter
-- replaces it). The code is kept only as an HMAC under the portal's keyring. A browser that
-- accepted the code holds a random id whose SHA-256 is binding_hash, until binding_expires_at.

CREATE TABLE registrations (
  kvnr text PRIMARY KEY,
  code_hash text NOT NULL,
  email text NOT NULL,
  display_name text NOT NULL,
  locale text NOT NULL CHECK (locale IN ('de', 'en')),
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  binding_hash text UNIQUE,
  binding_expires_at bigint
);
CREATE INDEX registrations_expires_at_idx ON registrations (expires_at);
