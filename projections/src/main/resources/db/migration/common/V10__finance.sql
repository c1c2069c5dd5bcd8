-- Read model of the "finance" processing group: rebuilt from events on replay.
-- Deleted records and removed budgets stay as marked rows: an import must still know a deleted record's id, and
-- the sequence guard must keep judging late copies of older events.
-- description holds sealed text: 4/3 x (3 bytes per character + 28) + 3 characters, so 1000 characters need 4043.
-- category_key is the category lower-cased: categories are compared ignoring case.
CREATE TABLE financial_record (
    id            UUID           NOT NULL PRIMARY KEY,
    user_id       UUID           NOT NULL,
    record_type   VARCHAR(16)    NOT NULL,
    amount        NUMERIC(12, 2) NOT NULL,
    currency      VARCHAR(3)     NOT NULL,
    category      VARCHAR(100)   NOT NULL,
    category_key  VARCHAR(100)   NOT NULL,
    description   VARCHAR(4100),
    record_date   DATE           NOT NULL,
    deleted       BOOLEAN        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence BIGINT         NOT NULL
);
CREATE INDEX financial_record_by_user_date ON financial_record (user_id, record_date, id);
CREATE INDEX financial_record_by_user_category ON financial_record (user_id, category_key, record_date);

CREATE TABLE finance_budget (
    id            UUID           NOT NULL PRIMARY KEY,
    user_id       UUID           NOT NULL,
    category      VARCHAR(100)   NOT NULL,
    category_key  VARCHAR(100)   NOT NULL,
    month_start   DATE           NOT NULL,
    amount        NUMERIC(12, 2) NOT NULL,
    currency      VARCHAR(3)     NOT NULL,
    removed       BOOLEAN        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence BIGINT         NOT NULL
);
CREATE INDEX finance_budget_by_user_month ON finance_budget (user_id, month_start);
