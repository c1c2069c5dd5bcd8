package com.lifeos.app.finance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lifeos.app.support.Api;
import com.lifeos.app.support.ApiTestSupport;
import com.lifeos.app.support.TestUser;
import com.lifeos.app.support.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FinanceImportTest extends ApiTestSupport {

    private static final LocalDate TODAY = TestClock.today();
    private static final String HEADER = "date,type,amount,category,description,currency\r\n";

    private FinanceFixtures finance() {
        return new FinanceFixtures(api());
    }

    @Test
    void theExportIsRfc4180CsvOfEveryMatchingRecordOldestFirstWithDescriptionsInClear() {
        TestUser user = newUser();
        api().post("/api/finance/records", user.accessToken(), """
                {"type":"expense","amount":12.5,"currency":"EUR","category":"Food, drinks","date":"2026-01-02",
                 "description":"said \\"cheers\\"\\nthen left"}""");
        finance().record(user, "income", "3000", "USD", "Salary", LocalDate.parse("2026-01-01"));
        finance().record(user, "expense", "7", "USD", "Books", LocalDate.parse("2026-02-01"));

        Api.Response all = finance().csv(user, "");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(all.header("Content-Disposition")).isEqualTo("attachment; filename=\"finance-records.csv\"");
        assertThat(all.body()).isEqualTo(HEADER
                + "2026-01-01,income,3000.00,Salary,,USD\r\n"
                + "2026-01-02,expense,12.50,\"Food, drinks\",\"said \"\"cheers\"\"\nthen left\",EUR\r\n"
                + "2026-02-01,expense,7.00,Books,,USD\r\n");
        assertThat(finance().csv(user, "&type=expense&from=2026-01-02&to=2026-01-31").body())
                .isEqualTo(HEADER + "2026-01-02,expense,12.50,\"Food, drinks\",\"said \"\"cheers\"\"\nthen left\",EUR\r\n");
        assertThat(finance().csv(user, "&category=books").body()).endsWith("Books,,USD\r\n");
    }

    @Test
    void anExportedFileImportsToNothingNewAndIntoAnotherAccountToTheSameRecords() {
        TestUser user = newUser();
        api().post("/api/finance/records", user.accessToken(), """
                {"type":"expense","amount":12.5,"currency":"EUR","category":"Food","date":"2026-01-02",
                 "description":"lunch, \\"big\\" one"}""");
        finance().record(user, "expense", "12.50", "EUR", "Food", LocalDate.parse("2026-01-02"));
        finance().record(user, "expense", "12.50", "EUR", "Food", LocalDate.parse("2026-01-02"));
        finance().record(user, "income", "99.99", "JPY", "Gift", LocalDate.parse("2025-12-31"));
        String exported = finance().csv(user, "").body();

        JsonNode again = finance().importCsv(user, exported).json();

        assertThat(again.path("imported").asInt()).isZero();
        assertThat(again.path("skipped").asInt()).isEqualTo(4);
        assertThat(finance().csv(user, "").body()).isEqualTo(exported);

        TestUser other = newUser();
        JsonNode copied = finance().importCsv(other, exported).json();
        assertThat(copied.path("imported").asInt()).isEqualTo(4);
        assertThat(lines(finance().csv(other, "").body())).isEqualTo(lines(exported));
        assertThat(finance().importCsv(other, exported).json().path("imported").asInt()).isZero();
    }

    @Test
    void textsASpreadsheetWouldRunAsFormulasAreExportedGuardedAndImportBackAsTheyWere() {
        TestUser user = newUser();
        List<String> descriptions = List.of("=HYPERLINK(\"http://evil.example\",\"refund\")", "+1", "@SUM(A1:A3)", "-x");
        for (String description : descriptions) {
            assertThat(api().post("/api/finance/records", user.accessToken(), """
                    {"type":"expense","amount":1,"currency":"EUR","category":"=cmd|' /C calc'!A0","date":"2026-01-02",
                     "description":%s}""".formatted(quoted(description))).status()).isEqualTo(201);
        }

        String exported = finance().csv(user, "").body();

        assertThat(lines(exported)).containsExactlyInAnyOrder(HEADER.strip(),
                "2026-01-02,expense,1.00,\"'=cmd|' /C calc'!A0\",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"refund\"\")\",EUR",
                "2026-01-02,expense,1.00,\"'=cmd|' /C calc'!A0\",\"'+1\",EUR",
                "2026-01-02,expense,1.00,\"'=cmd|' /C calc'!A0\",\"'@SUM(A1:A3)\",EUR",
                "2026-01-02,expense,1.00,\"'=cmd|' /C calc'!A0\",\"'-x\",EUR");
        TestUser other = newUser();
        assertThat(finance().importCsv(other, exported).json().path("imported").asInt()).isEqualTo(4);
        JsonNode imported = api().get("/api/finance/records", other.accessToken()).json().path("items");
        assertThat(imported.findValuesAsText("description")).containsExactlyInAnyOrderElementsOf(descriptions);
        assertThat(imported.findValuesAsText("category")).containsOnly("=cmd|' /C calc'!A0");
        assertThat(finance().importCsv(user, exported).json().path("imported").asInt()).isZero();
    }

    @Test
    void reimportingAFileAddsNothingEvenAfterADeletionAndIdenticalRowsBothCount() {
        TestUser user = newUser();
        api().put("/api/settings/currency", user.accessToken(), "{\"value\":\"EUR\"}");
        String file = """
                Date,Type,Amount,Category,Description
                2026-01-05,expense,4.50,Coffee,
                2026-01-05,expense,4.50,Coffee,
                2026-01-06,INCOME,1000,Salary,"January, net"
                """;

        Api.Response first = finance().importCsv(user, file);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("imported").asInt()).isEqualTo(3);
        assertThat(first.json().path("skipped").asInt()).isZero();
        JsonNode records = api().get("/api/finance/records", user.accessToken()).json().path("items");
        assertThat(records.findValuesAsText("currency")).containsOnly("EUR");
        assertThat(records.get(0).path("description").asText()).isEqualTo("January, net");
        assertThat(records.get(0).path("type").asText()).isEqualTo("income");

        String coffee = records.get(1).path("id").asText();
        assertThat(api().delete("/api/finance/records/" + coffee, user.accessToken()).status()).isEqualTo(204);
        JsonNode second = finance().importCsv(user, file).json();

        assertThat(second.path("imported").asInt()).isZero();
        assertThat(second.path("skipped").asInt()).isEqualTo(3);
        assertThat(api().get("/api/finance/records", user.accessToken()).json().path("total_items").asInt())
                .isEqualTo(2);

        JsonNode third = finance().importCsv(user, file + "2026-01-05,expense,4.50,Coffee,\n").json();
        assertThat(third.path("imported").asInt()).isEqualTo(1);
        assertThat(third.path("skipped").asInt()).isEqualTo(3);
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEveryBadRow() {
        TestUser user = newUser();
        String file = HEADER
                + "2026-01-05,expense,4.50,Coffee,,USD\r\n"
                + "2026-13-01,expense,4.50,Coffee,,USD\r\n"
                + "2026-01-05,gift,4.50,Coffee,,USD\r\n"
                + "2026-01-05,expense,-1,Coffee,,USD\r\n"
                + "2026-01-05,expense,1.234,Coffee,,USD\r\n"
                + "2026-01-05,expense,\"1,50\",Coffee,,USD\r\n"
                + "2026-01-05,expense,4.50, ,,USD\r\n"
                + "2026-01-05,expense,4.50,Coffee,,EURO\r\n"
                + "2026-01-05,expense,4.50,Coffee\r\n"
                + TODAY.plusDays(1) + ",expense,4.50,Coffee,,USD\r\n"
                + "2026-01-05,income,1,\"Gift\",\"multi\r\nline\",USD\r\n"
                + "2026-01-05,expense,4.50,Coffee," + "d".repeat(1001) + ",USD\r\n";

        Api.Response rejected = finance().importCsv(user, file);

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(400);
        assertThat(rejected.contentType()).startsWith("application/problem+json");
        JsonNode errors = rejected.json().path("errors");
        assertThat(errors.findValuesAsText("line")).containsExactly("3", "4", "5", "6", "7", "8", "9", "10", "11",
                "14");
        assertThat(errors.findValuesAsText("field")).containsExactly("date", "type", "amount", "amount", "amount",
                "category", "currency", "row", "date", "description");
        assertThat(errors.get(0).path("message").asText()).isNotBlank();
        assertThat(api().get("/api/finance/records", user.accessToken()).json().path("total_items").asInt()).isZero();
    }

    @Test
    void aBadHeaderAnUnclosedQuoteOrAnOversizedFileIsRejected() {
        TestUser user = newUser();
        assertProblem(finance().importCsv(user, "when,what,how much\n2026-01-01,expense,1\n"), 1, "header");
        assertProblem(finance().importCsv(user, ""), 1, "header");
        assertProblem(finance().importCsv(user, HEADER + "2026-01-01,expense,1,\"Food,,USD\r\n"), 2, "row");
        assertProblem(finance().importCsv(user, HEADER + "2026-01-01,expense,1,Fo\"od,,USD\r\n"), 2, "row");
        assertThat(finance().importCsv(user, HEADER).json().path("imported").asInt()).isZero();

        StringBuilder tooManyRows = new StringBuilder(HEADER);
        for (int i = 0; i <= CsvRows.MAX_ROWS; i++) {
            tooManyRows.append("2026-01-01,expense,1,Food,,USD\r\n");
        }
        assertProblem(finance().importCsv(user, tooManyRows.toString()), CsvRows.MAX_ROWS + 2, "file");
        String tooBig = HEADER + "2026-01-01,expense,1,Food,%s,USD\r\n".formatted("x".repeat(
                FinanceController.MAX_IMPORT_BYTES));
        assertThat(finance().importCsv(user, tooBig).status()).isEqualTo(413);
        assertThat(api().get("/api/finance/records", user.accessToken()).json().path("total_items").asInt()).isZero();
    }

    @Test
    void aFileCanBeUploadedAsAMultipartForm() throws IOException, InterruptedException {
        TestUser user = newUser();
        String boundary = "finance-boundary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"money.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + "\uFEFF" + HEADER + "2026-01-05,expense,4.50,Café,crème brûlée,EUR\r\n"
                + "--" + boundary + "--\r\n";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/finance/records/import"))
                .header("Authorization", "Bearer " + user.accessToken())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode record = api().get("/api/finance/records", user.accessToken()).json().path("items").get(0);
        assertThat(record.path("category").asText()).isEqualTo("Café");
        assertThat(record.path("description").asText()).isEqualTo("crème brûlée");
    }

    /** Records of one date are ordered by id, and ids differ between accounts: compare the rows as a sorted list. */
    private static String quoted(String text) {
        try {
            return new ObjectMapper().writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(String csv) {
        return Arrays.stream(csv.split("\r\n")).sorted().toList();
    }

    private static void assertProblem(Api.Response response, int line, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode errors = response.json().path("errors");
        assertThat(errors).as(response.body()).hasSize(1);
        assertThat(errors.get(0).path("line").asInt()).isEqualTo(line);
        assertThat(errors.get(0).path("field").asText()).isEqualTo(field);
        assertThat(List.of(errors.get(0).path("message").asText())).doesNotContain("");
    }
}
