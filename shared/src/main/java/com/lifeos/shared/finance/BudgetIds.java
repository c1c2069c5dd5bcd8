package com.lifeos.shared.finance;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;

/** One budget per owner, category (ignoring case) and month, so setting it again replaces it. */
public final class BudgetIds {

    private BudgetIds() {
    }

    public static UUID of(UUID userId, String category, YearMonth month) {
        return UUID.nameUUIDFromBytes((userId + "/" + category.toLowerCase(Locale.ROOT) + "/" + month)
                .getBytes(StandardCharsets.UTF_8));
    }
}
