-- Passkey management: when the member last said "not now" to the offer to add a passkey after a
-- password sign-in; the offer comes back 30 days later. Null while it was never dismissed.

ALTER TABLE accounts ADD COLUMN passkey_offer_dismissed_at bigint;
