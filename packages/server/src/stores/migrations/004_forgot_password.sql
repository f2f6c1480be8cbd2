-- Forgot password. Accounts get an optional verified mobile number (E.164, `+4915112345612`),
-- where reset codes and security notices can go by SMS.
--
-- A password reset: at most one per account. The live code is kept only as an HMAC under the
-- portal's keyring (code_hash, null once spent or voided); a new code replaces it. A browser that
-- proved possession (the right code, or the account's passkey) holds a random id whose SHA-256 is
-- binding_hash, until binding_expires_at; setting the new password deletes the row.

ALTER TABLE accounts ADD COLUMN phone text;

CREATE TABLE password_resets (
  account_id text PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
  code_hash text,
  code_expires_at bigint,
  binding_hash text UNIQUE,
  binding_expires_at bigint,
  updated_at bigint NOT NULL
);
CREATE INDEX password_resets_code_expires_at_idx ON password_resets (code_expires_at);
CREATE INDEX password_resets_binding_expires_at_idx ON password_resets (binding_expires_at);
