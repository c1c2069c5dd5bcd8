package com.lifeos.app.account;

import java.util.List;
import java.util.Map;

import com.lifeos.identity.account.LifeosWebProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code lifeos.web.allowed-origins}: a comma-separated list of origins, none by default, nonsense refused. */
class LifeosWebPropertiesTest {

    private static LifeosWebProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("lifeos.web", LifeosWebProperties.class);
    }

    @Test
    void noOriginIsAllowedByDefault() {
        assertThat(bind(Map.of()).allowedOrigins()).isEmpty();
        assertThat(bind(Map.of("lifeos.web.allowed-origins", "")).allowedOrigins()).isEmpty();
    }

    @Test
    void originsAreAListWithoutTrailingSlashesOrBlanks() {
        assertThat(bind(Map.of("lifeos.web.allowed-origins",
                " https://app.example.org/ ,, http://localhost:5173,https://*.example.org")).allowedOrigins())
                .isEqualTo(List.of("https://app.example.org", "http://localhost:5173", "https://*.example.org"));
    }

    @Test
    void somethingThatIsNoOriginStopsTheStart() {
        for (String notAnOrigin : List.of("app.example.org", "ftp://files.example.org", "https://example.org/app",
                "https://example.org?x=1", "https://user@example.org", "http://")) {
            assertThatThrownBy(() -> bind(Map.of("lifeos.web.allowed-origins", notAnOrigin))).as(notAnOrigin)
                    .isInstanceOf(BindException.class)
                    .rootCause().hasMessageContaining("lifeos.web.allowed-origins must list origins");
        }
    }
}
