package com.lifeos.app.finance;

import java.util.List;

/** An import with bad rows: nothing was imported, and every bad row is named. */
class ImportRejectedException extends RuntimeException {

    private final List<RowProblem> problems;

    ImportRejectedException(List<RowProblem> problems) {
        super("The file has invalid rows; nothing was imported.");
        this.problems = List.copyOf(problems);
    }

    List<RowProblem> problems() {
        return problems;
    }

    /** What is wrong with the row starting on {@code line} (1 is the header): its first bad field. */
    record RowProblem(int line, String field, String message) {
    }
}
