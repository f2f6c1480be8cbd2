-- Document upload (issue 21): one row per submission, one per file, written in one statement, so
-- a submission is in the store with all its files or not at all. The files themselves live in
-- the insurer's document store (`documents.store`) under the server-generated reference; a row
-- keeps what the receipt says of them: the member's file name (sanitized), the type its bytes
-- are, the size and SHA-256 as stored.
--
-- A submission of a category that needs an approval waits as `pending` with its approval's id
-- and expiry; the approval's execution accepts it, a denial or expiry deletes it (and its files).

CREATE TABLE document_submissions (
  reference text PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  category text NOT NULL,
  note text,
  status text NOT NULL CHECK (status IN ('pending', 'accepted')),
  approval_id text UNIQUE,
  received_at bigint NOT NULL,
  expires_at bigint,
  accepted_at bigint
);
CREATE INDEX document_submissions_account_idx ON document_submissions (account_id);
CREATE INDEX document_submissions_pending_idx ON document_submissions (expires_at)
  WHERE status = 'pending';

CREATE TABLE document_files (
  reference text NOT NULL REFERENCES document_submissions (reference) ON DELETE CASCADE,
  position integer NOT NULL,
  name text NOT NULL,
  type text NOT NULL,
  size bigint NOT NULL,
  sha256 text NOT NULL,
  PRIMARY KEY (reference, position)
);
