package com.lifeos.query.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How the activity feed's sentences say titles, amounts, dates and verbs. */
final class Wording {

    /** A title is cut to this when quoted, so every sentence stays one line. */
    static final int TITLE_IN_SENTENCE = 80;

    private Wording() {
    }

    /** A title as a sentence names it: quoted, and cut short when long; a generic word when it was never known. */
    static String quoted(String title) {
        return title == null ? "(unknown)" : "'" + clipped(title) + "'";
    }

    static String clipped(String text) {
        return text.length() <= TITLE_IN_SENTENCE ? text : text.substring(0, TITLE_IN_SENTENCE - 1) + "…";
    }

    /** A date other than the day the fact was recorded, in the zone it was recorded in, is named ("for 2026-11-24"). */
    static String onAnotherDay(ActivityFact fact, String preposition) {
        LocalDate recorded = LocalDate.ofInstant(fact.occurredAt(), ZoneId.of(fact.zone()));
        return fact.date().equals(recorded) ? "" : preposition + fact.date();
    }

    /**
     * Financial events carry no zone, so a record is called back-dated only when its date is more than a day from
     * the day it was recorded (in UTC): that never misnames today's record, whatever the zone.
     */
    static String dated(ActivityFact fact) {
        LocalDate recorded = LocalDate.ofInstant(fact.occurredAt(), ZoneOffset.UTC);
        return Math.abs(ChronoUnit.DAYS.between(fact.date(), recorded)) <= 1 ? "" : ", dated " + fact.date();
    }

    /** "9000 steps" needs no "count", nor "7" on a 1–10 scale a "score". */
    static String spokenUnit(String unit) {
        return unit == null || unit.equals("count") || unit.equals("score") ? "" : " " + unit;
    }

    static String money(ActivityFact fact) {
        return fact.amount().setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " " + fact.currency();
    }

    static String minutes(BigDecimal amount) {
        long minutes = amount.longValue();
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }

    static String statusVerb(String status) {
        return switch (status) {
            case "ACTIVE" -> "Resumed";
            case "PAUSED", "ON_HOLD" -> "Paused";
            case "COMPLETED" -> "Completed";
            case "ABANDONED" -> "Abandoned";
            case "CANCELLED" -> "Cancelled";
            default -> "Changed the status of";
        };
    }

    static String interaction(String kind) {
        if (kind == null || kind.isBlank()) {
            return "Was in touch with";
        }
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "call" -> "Called";
            case "message", "text" -> "Messaged";
            case "meet", "meeting", "visit" -> "Met";
            case "email" -> "E-mailed";
            default -> "Was in touch (" + clipped(kind) + ") with";
        };
    }

    static String capitalised(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
