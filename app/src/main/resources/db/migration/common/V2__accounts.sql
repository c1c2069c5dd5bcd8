-- Accounts and their credentials. Personal data and secrets live here, outside the event log, so
-- they can be changed and erased; the log only knows the account's id, roles and calendar.
-- Emails are stored lower-cased by the application, so a plain unique index makes them unique
-- regardless of case, on PostgreSQL and on the embedded database alike.
CREATE TABLE accounts (
    id            UUID                     NOT NULL PRIMARY KEY,
    email         VARCHAR(254)             NOT NULL,
    password_hash VARCHAR(100)             NOT NULL,
    first_name    VARCHAR(100),
    last_name     VARCHAR(100),
    avatar_url    VARCHAR(2048),
    timezone      VARCHAR(64)              NOT NULL,
    week_start    VARCHAR(9)               NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE UNIQUE INDEX ux_accounts_email ON accounts (email);

CREATE TABLE account_roles (
    account_id UUID        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role)
);

-- Refresh tokens are kept only as SHA-256 hashes (hex). Every token descends from one login: its
-- family. A token is used once (rotated_at set); showing a used one again means it was stolen, and
-- the whole family is revoked.
CREATE TABLE refresh_tokens (
    token_hash VARCHAR(64)              NOT NULL PRIMARY KEY,
    account_id UUID                     NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    family_id  UUID                     NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    rotated_at TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE
);

CREATE INDEX ix_refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX ix_refresh_tokens_account ON refresh_tokens (account_id);

-- Single-use password reset tokens, also kept only as SHA-256 hashes (hex).
CREATE TABLE password_reset_tokens (
    token_hash VARCHAR(64)              NOT NULL PRIMARY KEY,
    account_id UUID                     NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);

CREATE INDEX ix_password_reset_tokens_account ON password_reset_tokens (account_id);
