package com.lifeos.app.finance;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.lifeos.api.finance.BudgetsView;
import com.lifeos.api.finance.ChangeFinancialRecordCommand;
import com.lifeos.api.finance.CreateFinancialRecordCommand;
import com.lifeos.api.finance.DeleteFinancialRecordCommand;
import com.lifeos.api.finance.FinanceAnalyticsView;
import com.lifeos.api.finance.FinancialRecordDetails;
import com.lifeos.api.finance.FinancialRecordFilter;
import com.lifeos.api.finance.FinancialRecordList;
import com.lifeos.api.finance.FinancialRecordPage;
import com.lifeos.api.finance.FinancialRecordType;
import com.lifeos.api.finance.FinancialRecordView;
import com.lifeos.api.finance.FindBudgetsQuery;
import com.lifeos.api.finance.FindFinanceAnalyticsQuery;
import com.lifeos.api.finance.FindFinancialRecordQuery;
import com.lifeos.api.finance.ListAllFinancialRecordsQuery;
import com.lifeos.api.finance.ListFinancialRecordsQuery;
import com.lifeos.api.finance.Money;
import com.lifeos.api.finance.RemoveBudgetCommand;
import com.lifeos.api.finance.SetBudgetCommand;
import com.lifeos.api.shared.DateRange;
import com.lifeos.api.shared.PageRequest;
import com.lifeos.api.shared.UserCalendar;
import com.lifeos.identity.account.UserSettings;
import com.lifeos.app.security.Actor;
import com.lifeos.shared.error.ContentTooLarge;
import com.lifeos.shared.error.InvalidFieldException;
import com.lifeos.shared.error.NotFound;
import com.lifeos.app.web.Edge;
import com.lifeos.app.web.PageResponse;
import com.lifeos.app.web.Paging;
import com.lifeos.app.web.Days;
import com.lifeos.shared.finance.BudgetIds;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Income, expenses and monthly budgets. Descriptions are private free text: sealed here before they enter a
 * command, opened here for their owner (in JSON and in the CSV export). Amounts are BigDecimal from the JSON number
 * to the NUMERIC column and back. A record's currency, and a budget's, default to the user's {@code currency}
 * setting, else USD.
 */
@RestController
@RequestMapping("/api/finance")
class FinanceController {

    static final int MAX_IMPORT_BYTES = 1024 * 1024;
    private static final int ANALYTICS_MONTHS = 12;
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final Edge edge;
    private final FinanceImport imports;
    private final UserSettings settings;

    FinanceController(Edge edge, FinanceImport imports, UserSettings settings) {
        this.edge = edge;
        this.imports = imports;
        this.settings = settings;
    }

    record RecordResponse(UUID id, FinancialRecordType type, BigDecimal amount, String currency, String category,
                          String description, LocalDate date, Instant createdAt, Instant updatedAt) {
    }

    @PostMapping("/records")
    ResponseEntity<RecordResponse> create(Actor actor, @Valid @RequestBody FinanceRequests.Create request) {
        UserCalendar calendar = edge.calendars().of(actor);
        LocalDate date = request.date() != null ? request.date() : calendar.today();
        requireRecordDate(date, calendar);
        UUID recordId = request.id() != null ? request.id() : UUID.randomUUID();
        String currency = request.currency() != null ? currency(request.currency()) : defaultCurrency(actor);
        CreateFinancialRecordCommand command = new CreateFinancialRecordCommand(recordId, actor.userId(),
                new FinancialRecordDetails(request.type(), request.amount(), currency, request.category(),
                        edge.privateText().seal(actor.userId(), request.description()), date),
                calendar.today());
        return edge.create(actor.userId(), recordId, URI.create("/api/finance/records/" + recordId),
                command, new FindFinancialRecordQuery(actor.userId(), recordId), FinancialRecordView.class,
                view -> response(actor, view));
    }

    /** The records as a page of JSON, or with {@code format=csv} every matching record as a CSV download. */
    @GetMapping("/records")
    ResponseEntity<?> list(Actor actor,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           @RequestParam(required = false) String category,
                           @RequestParam(required = false) FinancialRecordType type,
                           @RequestParam(required = false) String format,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        calendarDate("from", from);
        calendarDate("to", to);
        Days.requireOrdered(from, to);
        FinancialRecordFilter filter = new FinancialRecordFilter(from, to, category, type);
        if ("csv".equalsIgnoreCase(format)) {
            return export(actor, filter);
        }
        if (format != null && !"json".equalsIgnoreCase(format)) {
            throw new InvalidFieldException("format", "must be json or csv");
        }
        PageRequest pageRequest = Paging.of(page, size);
        FinancialRecordPage result = edge.queries().ask(new ListFinancialRecordsQuery(actor.userId(), filter, pageRequest),
                FinancialRecordPage.class);
        return ResponseEntity.ok(PageResponse.of(result.items().stream().map(view -> response(actor, view)).toList(),
                pageRequest, result.totalItems()));
    }

    @GetMapping("/records/{id}")
    RecordResponse get(Actor actor, @PathVariable UUID id) {
        return response(actor, edge.queries().require(new FindFinancialRecordQuery(actor.userId(), id),
                FinancialRecordView.class));
    }

    /** Another user's record is a 404 before anything about the body is judged. */
    @PutMapping("/records/{id}")
    RecordResponse change(Actor actor, @PathVariable UUID id, @Valid @RequestBody FinanceRequests.Change request) {
        RecordResponse current = get(actor, id);
        UserCalendar calendar = edge.calendars().of(actor);
        if (request.date() != null) {
            requireRecordDate(request.date(), calendar);
        }
        // Sealing is randomised: the same description sealed again would look like a change, so it is kept instead.
        String description = Objects.equals(request.description(), current.description()) ? null
                : request.description();
        edge.commands().send(actor.userId(), new ChangeFinancialRecordCommand(id, actor.userId(), request.type(),
                request.amount(), request.currency() == null ? null : currency(request.currency()),
                request.category(), edge.privateText().seal(actor.userId(), description), request.date(),
                calendar.today()));
        return get(actor, id);
    }

    @DeleteMapping("/records/{id}")
    ResponseEntity<Void> delete(Actor actor, @PathVariable UUID id) {
        return edge.remove(actor.userId(), new DeleteFinancialRecordCommand(id, actor.userId()));
    }

    @PostMapping(path = "/records/import", consumes = "text/csv")
    FinanceImport.Result importCsv(Actor actor, InputStream body) throws IOException {
        return importText(actor, body.readNBytes(MAX_IMPORT_BYTES + 1));
    }

    @PostMapping(path = "/records/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    FinanceImport.Result importFile(Actor actor, @RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return importText(actor, in.readNBytes(MAX_IMPORT_BYTES + 1));
        }
    }

    @GetMapping("/analytics")
    FinanceAnalyticsView analytics(Actor actor,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                   @RequestParam(required = false) String currency) {
        UserCalendar calendar = edge.calendars().of(actor);
        calendarDate("from", from);
        LocalDate end = to != null ? calendarDate("to", to) : calendar.today();
        LocalDate start = from != null ? from
                : YearMonth.from(end).minusMonths(ANALYTICS_MONTHS - 1L).atDay(1);
        DateRange range = Days.range(start, end, calendar, ANALYTICS_MONTHS);
        String code = currency != null ? currency(currency) : defaultCurrency(actor);
        return edge.queries().askCached(actor.userId(), new FindFinanceAnalyticsQuery(actor.userId(), range, code), FinanceAnalyticsView.class);
    }

    @PostMapping("/budget")
    BudgetsView.Item setBudget(Actor actor, @Valid @RequestBody FinanceRequests.Budget request) {
        String category = request.category().strip();
        String currency = request.currency() != null ? currency(request.currency()) : defaultCurrency(actor);
        budgetMonth(request.month());
        edge.commands().send(actor.userId(), new SetBudgetCommand(budgetId(actor.userId(), category, request.month()),
                actor.userId(), category, request.month(), request.amount(), currency));
        return budgets(actor, request.month()).items().stream()
                .filter(item -> item.category().equalsIgnoreCase(category))
                .findFirst().orElseThrow(NotFound::new);
    }

    @GetMapping("/budget")
    BudgetsView budget(Actor actor, @RequestParam(required = false) YearMonth month) {
        return budgets(actor, month != null ? budgetMonth(month) : YearMonth.from(edge.calendars().of(actor).today()));
    }

    @DeleteMapping("/budget/{category}")
    ResponseEntity<Void> removeBudget(Actor actor, @PathVariable String category,
                                      @RequestParam(required = false) YearMonth month) {
        YearMonth budgetMonth = month != null ? budgetMonth(month) : YearMonth.from(edge.calendars().of(actor).today());
        return edge.remove(actor.userId(), new RemoveBudgetCommand(budgetId(actor.userId(), category.strip(), budgetMonth),
                actor.userId()));
    }

    private BudgetsView budgets(Actor actor, YearMonth month) {
        return edge.queries().ask(new FindBudgetsQuery(actor.userId(), month), BudgetsView.class);
    }

    static UUID budgetId(UUID userId, String category, YearMonth month) {
        return BudgetIds.of(userId, category, month);
    }

    private ResponseEntity<String> export(Actor actor, FinancialRecordFilter filter) {
        StringBuilder csv = new StringBuilder(Csv.line(PlainRecord.HEADER));
        List<FinancialRecordView> records = edge.queries().ask(new ListAllFinancialRecordsQuery(actor.userId(), filter),
                FinancialRecordList.class).items();
        for (FinancialRecordView view : records) {
            csv.append(Csv.line(plain(actor, view).csvFields()));
        }
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("finance-records.csv").build().toString())
                .body(csv.toString());
    }

    private FinanceImport.Result importText(Actor actor, byte[] bytes) {
        if (bytes.length > MAX_IMPORT_BYTES) {
            throw new ContentTooLarge("An import file may be at most " + MAX_IMPORT_BYTES + " bytes and "
                    + CsvRows.MAX_ROWS + " rows.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidFieldException("file", "must be UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return imports.run(actor.userId(), text, defaultCurrency(actor), edge.calendars().of(actor).today());
    }

    private String defaultCurrency(Actor actor) {
        return settings.preferredCurrency(actor.userId());
    }

    private static String currency(String code) {
        try {
            return Money.currency("currency", code);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("currency", "must be an ISO 4217 currency code such as EUR");
        }
    }

    private static void requireRecordDate(LocalDate date, UserCalendar calendar) {
        Days.requireNotFuture("date", date, calendar);
        if (date.isBefore(FinancialRecordDetails.EARLIEST_DATE)) {
            throw new InvalidFieldException("date", "must not be before " + FinancialRecordDetails.EARLIEST_DATE);
        }
    }

    /** Dates the calendar and the database both hold: years 1 to 9999. */
    private static LocalDate calendarDate(String field, LocalDate date) {
        if (date != null && (date.getYear() < 1 || date.getYear() > LATEST.getYear())) {
            throw new InvalidFieldException(field, "must be between 0001-01-01 and " + LATEST);
        }
        return date;
    }

    private static YearMonth budgetMonth(YearMonth month) {
        if (month.isBefore(SetBudgetCommand.EARLIEST_MONTH) || month.isAfter(SetBudgetCommand.LATEST_MONTH)) {
            throw new InvalidFieldException("month", "must be between " + SetBudgetCommand.EARLIEST_MONTH + " and "
                    + SetBudgetCommand.LATEST_MONTH);
        }
        return month;
    }

    private PlainRecord plain(Actor actor, FinancialRecordView view) {
        return new PlainRecord(view.date(), view.type(), view.amount(), view.currency(), view.category(),
                edge.privateText().open(actor.userId(), view.description()));
    }

    private RecordResponse response(Actor actor, FinancialRecordView view) {
        return new RecordResponse(view.id(), view.type(), view.amount(), view.currency(), view.category(),
                edge.privateText().open(actor.userId(), view.description()), view.date(), view.createdAt(),
                view.updatedAt());
    }
}
