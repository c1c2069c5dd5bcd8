package com.lifeos.shared.error;

import java.util.List;

/**
 * Uploaded text (a CSV file, say) with bad lines: nothing of it was taken, and every bad line is named, so a person
 * can fix the whole file in one go. Answered as a 400 listing each {@link LineProblem}.
 */
public class InvalidLinesException extends RuntimeException {

    private final List<LineProblem> problems;

    public InvalidLinesException(String detail, List<LineProblem> problems) {
        super(detail);
        this.problems = List.copyOf(problems);
    }

    public List<LineProblem> problems() {
        return problems;
    }

    /** What is wrong with the entry starting on {@code line} (1 is the first): its first bad field. */
    public record LineProblem(int line, String field, String message) {
    }
}
