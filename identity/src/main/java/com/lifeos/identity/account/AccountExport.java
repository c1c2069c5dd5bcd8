package com.lifeos.identity.account;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.lifeos.api.audit.ListOwnEventsQuery;
import com.lifeos.api.audit.OwnEventView;
import com.lifeos.api.audit.OwnEventsPage;
import com.lifeos.api.shared.PageRequest;
import com.lifeos.store.audit.EventPayloads;
import com.lifeos.shared.wire.EnumNames;
import com.lifeos.store.gateway.Queries;
import com.lifeos.identity.account.AccountRow;
import com.lifeos.identity.account.AccountView;
import com.lifeos.identity.account.Accounts;
import com.lifeos.identity.account.Now;
import org.springframework.stereotype.Component;

/**
 * Writes everything LifeOS holds about a person as one JSON document, page by page from the audit
 * projection, so an export of any size streams in bounded memory. Payloads read as the owner's own timeline does:
 * snake_case, enum values lower case, sealed text opened.
 */
@Component
public class AccountExport {

    private static final int PAGE_SIZE = PageRequest.MAX_SIZE;

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            // the profile reads as GET /api/auth/me does: enum values (week_start) in the API's one style
            .registerModule(new SimpleModule().addSerializer(Enum.class, new StdSerializer<>(Enum.class) {
                @Override
                public void serialize(Enum value, JsonGenerator generator, SerializerProvider provider)
                        throws IOException {
                    generator.writeString(EnumNames.wireName(value));
                }
            }));
    private final Accounts accounts;
    private final UserSettings settings;
    private final Queries queries;
    private final EventPayloads payloads;
    private final Clock clock;

    AccountExport(Accounts accounts, UserSettings settings, Queries queries, EventPayloads payloads,
                  Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.queries = queries;
        this.payloads = payloads;
        this.clock = clock;
    }

    public void write(UUID userId, OutputStream out) throws IOException {
        AccountRow account = accounts.find(userId).orElseThrow(() ->
                new IllegalStateException("the account vanished during its export"));
        Map<String, Object> values = settings.of(userId);
        try (JsonGenerator generator = json.getFactory().createGenerator(out)) {
            generator.writeStartObject();
            generator.writeObjectField("exported_at", Now.of(clock));
            generator.writeObjectField("profile", AccountView.of(account));
            generator.writeObjectField("settings", values);
            generator.writeArrayFieldStart("entities");
            writeEntities(userId, generator);
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }

    private void writeEntities(UUID userId, JsonGenerator generator) throws IOException {
        boolean open = false;
        String entityType = null;
        String entityId = null;
        for (int page = 0; ; page++) {
            OwnEventsPage events = queries.ask(new ListOwnEventsQuery(userId, new PageRequest(page, PAGE_SIZE)),
                    OwnEventsPage.class);
            for (OwnEventView event : events.items()) {
                if (!open || !Objects.equals(entityId, event.entityId())
                        || !Objects.equals(entityType, event.entityType())) {
                    if (open) {
                        generator.writeEndArray();
                        generator.writeEndObject();
                    }
                    entityType = event.entityType();
                    entityId = event.entityId();
                    generator.writeStartObject();
                    generator.writeStringField("entity_type", entityType);
                    generator.writeStringField("entity_id", entityId);
                    generator.writeArrayFieldStart("events");
                    open = true;
                }
                generator.writeStartObject();
                generator.writeStringField("type", event.type());
                generator.writeObjectField("sequence", event.sequence());
                generator.writeObjectField("occurred_at", event.occurredAt());
                generator.writeFieldName("payload");
                generator.writeTree(payloads.forOwner(userId, event.type(), event.payload()));
                generator.writeEndObject();
            }
            generator.flush();
            if (events.items().size() < PAGE_SIZE) {
                break;
            }
        }
        if (open) {
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }
}
