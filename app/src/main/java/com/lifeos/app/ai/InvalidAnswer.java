package com.lifeos.app.ai;

/** The model's answer does not fit its schema or LifeOS's checks (counts, dates, vocabularies). */
class InvalidAnswer extends Exception {

    InvalidAnswer(String message) {
        super(message);
    }
}
