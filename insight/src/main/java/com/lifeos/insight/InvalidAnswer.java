package com.lifeos.insight;

/**
 * The model's answer does not fit its schema or LifeOS's checks (counts, dates, vocabularies). Its message is
 * logged, so it never quotes the answer: the model writes from the person's own titles and notes.
 */
class InvalidAnswer extends Exception {

    InvalidAnswer(String message) {
        super(message);
    }
}
