package com.lifeos.identity.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code accounts} and {@code account_roles} tables. Emails arrive here already normalised
 * (see {@link Emails}); the unique index on them is what makes registration race-free.
 */
@Repository
public class Accounts {

    private static final String COLUMNS =
            "id, email, first_name, last_name, avatar_url, timezone, week_start, created_at, updated_at";

    private static final int IDS_PER_READ = 500;

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the email is taken */
    void insert(AccountRow account, String passwordHash) {
        jdbc.sql("""
                        INSERT INTO accounts (id, email, password_hash, first_name, last_name, avatar_url,
                                              timezone, week_start, created_at, updated_at)
                        VALUES (:id, :email, :passwordHash, :firstName, :lastName, :avatarUrl,
                                :timezone, :weekStart, :createdAt, :updatedAt)""")
                .param("id", account.id())
                .param("email", account.email())
                .param("passwordHash", passwordHash)
                .param("firstName", account.firstName())
                .param("lastName", account.lastName())
                .param("avatarUrl", account.avatarUrl())
                .param("timezone", account.timezone().getId())
                .param("weekStart", account.weekStart().name())
                .param("createdAt", utc(account.createdAt()))
                .param("updatedAt", utc(account.updatedAt()))
                .update();
        for (Role role : account.roles()) {
            jdbc.sql("INSERT INTO account_roles (account_id, role) VALUES (:id, :role)")
                    .param("id", account.id())
                    .param("role", role.name())
                    .update();
        }
    }

    public Optional<AccountRow> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional()
                .map(account -> account.withRoles(rolesOf(id)));
    }

    /** Reads the account and locks its row until the transaction ends, so concurrent edits queue up. */
    Optional<AccountRow> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM accounts WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional()
                .map(account -> account.withRoles(rolesOf(id)));
    }

    /** The account as a request needs it, with its roles, in one read. */
    public Optional<AccountState> state(UUID id) {
        return jdbc.sql("""
                        SELECT a.token_version, a.timezone, a.week_start, r.role
                        FROM accounts a LEFT JOIN account_roles r ON r.account_id = a.id
                        WHERE a.id = :id""")
                .param("id", id)
                .query(rs -> {
                    if (!rs.next()) {
                        return Optional.<AccountState>empty();
                    }
                    long tokenVersion = rs.getLong("token_version");
                    ZoneId zone = ZoneId.of(rs.getString("timezone"));
                    DayOfWeek weekStart = DayOfWeek.valueOf(rs.getString("week_start"));
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    do {
                        String role = rs.getString("role");
                        if (role != null) {
                            roles.add(Role.valueOf(role));
                        }
                    } while (rs.next());
                    return Optional.of(new AccountState(tokenVersion, roles, zone, weekStart));
                });
    }

    long tokenVersionOf(UUID id) {
        return jdbc.sql("SELECT token_version FROM accounts WHERE id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    /** The token versions of those of these accounts that exist, read in chunks that keep each statement small. */
    public Map<UUID, Long> tokenVersions(Collection<UUID> ids) {
        Map<UUID, Long> versions = new HashMap<>();
        List<UUID> all = List.copyOf(new HashSet<>(ids));
        for (int from = 0; from < all.size(); from += IDS_PER_READ) {
            jdbc.sql("SELECT id, token_version FROM accounts WHERE id IN (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_READ)))
                    .query(rs -> {
                        versions.put(rs.getObject("id", UUID.class), rs.getLong("token_version"));
                    });
        }
        return versions;
    }

    /** Ends every access token issued to the account so far: they carry the version this raises. */
    public void endAccessTokens(UUID id) {
        jdbc.sql("UPDATE accounts SET token_version = token_version + 1 WHERE id = :id").param("id", id).update();
    }

    /** Empty when no such account exists (any more). */
    public Optional<AccountSettings> settingsOf(UUID id) {
        return jdbc.sql("SELECT timezone, week_start FROM accounts WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new AccountSettings(ZoneId.of(rs.getString("timezone")),
                        DayOfWeek.valueOf(rs.getString("week_start"))))
                .optional();
    }

    Optional<Credentials> credentialsOf(String normalizedEmail) {
        return jdbc.sql("SELECT id, password_hash FROM accounts WHERE email = :email")
                .param("email", normalizedEmail)
                .query((rs, n) -> new Credentials(rs.getObject("id", UUID.class), rs.getString("password_hash")))
                .optional();
    }

    Optional<UUID> idOf(String normalizedEmail) {
        return jdbc.sql("SELECT id FROM accounts WHERE email = :email")
                .param("email", normalizedEmail)
                .query(UUID.class)
                .optional();
    }

    void updateProfile(AccountRow account) {
        jdbc.sql("""
                        UPDATE accounts SET first_name = :firstName, last_name = :lastName, avatar_url = :avatarUrl,
                                            timezone = :timezone, week_start = :weekStart, updated_at = :updatedAt
                        WHERE id = :id""")
                .param("id", account.id())
                .param("firstName", account.firstName())
                .param("lastName", account.lastName())
                .param("avatarUrl", account.avatarUrl())
                .param("timezone", account.timezone().getId())
                .param("weekStart", account.weekStart().name())
                .param("updatedAt", utc(account.updatedAt()))
                .update();
    }

    void updatePassword(UUID id, String passwordHash, Instant now) {
        jdbc.sql("UPDATE accounts SET password_hash = :passwordHash, updated_at = :now WHERE id = :id")
                .param("id", id)
                .param("passwordHash", passwordHash)
                .param("now", utc(now))
                .update();
    }

    /** The account's password hash, locking its row until the transaction ends. */
    public Optional<String> lockPasswordHash(UUID id) {
        return jdbc.sql("SELECT password_hash FROM accounts WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    /** Forgets the account: its roles, refresh tokens and reset tokens go with it (ON DELETE CASCADE). */
    public void delete(UUID id) {
        jdbc.sql("DELETE FROM accounts WHERE id = :id").param("id", id).update();
    }

    private Set<Role> rolesOf(UUID id) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM account_roles WHERE account_id = :id")
                .param("id", id)
                .query(String.class)
                .list()
                .forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }

    private static AccountRow row(ResultSet rs) throws SQLException {
        return new AccountRow(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("first_name"),
                rs.getString("last_name"),
                rs.getString("avatar_url"),
                ZoneId.of(rs.getString("timezone")),
                DayOfWeek.valueOf(rs.getString("week_start")),
                Set.of(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** What signing in checks; the hash never leaves the account package. */
    record Credentials(UUID accountId, String passwordHash) {

        @Override
        public String toString() {
            return "Credentials[accountId=" + accountId + "]";
        }
    }
}
