package com.lifeos.identity.account;

import com.lifeos.identity.token.PrehashingBcryptPasswordEncoder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How account passwords are hashed: bcrypt at {@code lifeos.security.bcrypt-strength}. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder(LifeosSecurityProperties properties) {
        return new PrehashingBcryptPasswordEncoder(properties.bcryptStrength());
    }
}
