-- The member's account page. A session keeps the User-Agent of the request that signed in (cut
-- to 512 characters), so the member can tell their sessions apart ("Firefox unter Windows");
-- sessions of before have none.
--
-- An e-mail change: at most one per account. The code sent to the new address is kept only as
-- an HMAC under the portal's keyring; a new code replaces the live one, and the right one
-- changes the address and deletes the row.

ALTER TABLE sessions ADD COLUMN user_agent text;

CREATE TABLE email_changes (
  account_id text PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
  email text NOT NULL,
  code_hash text NOT NULL,
  expires_at bigint NOT NULL,
  created_at bigint NOT NULL
);
CREATE INDEX email_changes_expires_at_idx ON email_changes (expires_at);
