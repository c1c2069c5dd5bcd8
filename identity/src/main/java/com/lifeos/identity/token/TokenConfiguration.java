package com.lifeos.identity.token;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** The key pair LifeOS signs its access tokens with, and the encoder that signs them. */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

    @Bean
    JwtKeys jwtKeys(JwtProperties properties, @Value("${spring.datasource.url:}") String datasourceUrl) {
        return JwtKeys.resolve(properties, datasourceUrl);
    }

    @Bean
    JwtEncoder jwtEncoder(JwtKeys keys) {
        return NimbusJwtEncoder.withKeyPair(keys.publicKey(), keys.privateKey()).build();
    }
}
