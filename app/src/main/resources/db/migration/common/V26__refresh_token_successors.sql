-- Which token a refresh handed out in exchange for this one, so that a refresh whose answer was lost can be retried
-- (once its successor is known never to have been used) without taking it for a stolen token shown again.
ALTER TABLE refresh_tokens ADD COLUMN replaced_by VARCHAR(64);
