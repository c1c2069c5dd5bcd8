-- Read model of the "health" processing group: rebuilt from events on replay.
-- One row per measurement, as the owner recorded it (weight in pounds stays in pounds; the read side converts).
-- recorded_on is the local day the measurement fell on, judged in zone when its time was stated.
-- notes hold sealed text ("v1." + base64 of nonce, AES-GCM ciphertext and tag): 2000 characters need 8043.
CREATE TABLE health_metric (
    id            UUID          NOT NULL PRIMARY KEY,
    user_id       UUID          NOT NULL,
    metric_type   VARCHAR(50)   NOT NULL,
    metric_value  NUMERIC(10,2) NOT NULL,
    unit          VARCHAR(20),
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_on   DATE          NOT NULL,
    zone          VARCHAR(64)   NOT NULL,
    notes         VARCHAR(8100),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence BIGINT        NOT NULL
);
CREATE INDEX health_metric_by_user_day ON health_metric (user_id, recorded_on);
CREATE INDEX health_metric_by_user_type_day ON health_metric (user_id, metric_type, recorded_on);
