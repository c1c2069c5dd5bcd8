package com.lifeos.app.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import com.lifeos.api.finance.FinancialRecordType;
import com.lifeos.api.finance.Money;
import com.lifeos.api.shared.Texts;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The JSON bodies of the finance endpoints, checked at the transport edge (descriptions still in clear). */
final class FinanceRequests {

    private static final String NOT_BLANK = "(?s).*\\S.*";

    private FinanceRequests() {
    }

    /** {@code date} defaults to the user's today, {@code currency} to their currency setting (else USD). */
    record Create(UUID id,
                  @NotNull FinancialRecordType type,
                  @NotNull @DecimalMin(value = "0", inclusive = false)
                  @Digits(integer = Money.INTEGER_DIGITS, fraction = Money.FRACTION_DIGITS) BigDecimal amount,
                  @Size(min = 3, max = 3) String currency,
                  @NotBlank @Size(max = Money.CATEGORY_MAX) String category,
                  @Size(max = Texts.DESCRIPTION_MAX) String description,
                  LocalDate date) {
    }

    /** Every field is optional: absent (or null) keeps the current value. */
    record Change(FinancialRecordType type,
                  @DecimalMin(value = "0", inclusive = false)
                  @Digits(integer = Money.INTEGER_DIGITS, fraction = Money.FRACTION_DIGITS) BigDecimal amount,
                  @Size(min = 3, max = 3) String currency,
                  @Size(min = 1, max = Money.CATEGORY_MAX) @Pattern(regexp = NOT_BLANK, message = "must not be blank")
                  String category,
                  @Size(max = Texts.DESCRIPTION_MAX) String description,
                  LocalDate date) {
    }

    /** Sets or replaces the limit of a category in a month; {@code currency} defaults like a record's. */
    record Budget(@NotBlank @Size(max = Money.CATEGORY_MAX) String category,
                  @NotNull YearMonth month,
                  @NotNull @DecimalMin(value = "0", inclusive = false)
                  @Digits(integer = Money.INTEGER_DIGITS, fraction = Money.FRACTION_DIGITS) BigDecimal amount,
                  @Size(min = 3, max = 3) String currency) {
    }
}
