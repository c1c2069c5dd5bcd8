-- Every access token carries the account's token version at the time it was issued, and a request is accepted
-- only while that is still the account's version. Raising it (logout, password reset) ends every access token
-- of the account at once, on every instance, without waiting for the tokens to expire.
ALTER TABLE accounts ADD COLUMN token_version BIGINT DEFAULT 0 NOT NULL;
