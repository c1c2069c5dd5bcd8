package com.lifeos.insight;

import java.time.LocalDate;

/** A daily allowance shared by every instance: each model call takes one use of the person's. */
public interface DailyAllowance {

    /** Takes one use counted per {@code key} and local {@code day}; false once {@code perDay} were taken. */
    boolean take(String key, LocalDate day, int perDay);
}
