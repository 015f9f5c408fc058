package org.supplierportal.identity;

import io.github.bucket4j.TimeMeter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LoginProperties.class, InvitationProperties.class})
class IdentityConfiguration {

    /** BCrypt by default; the {id} prefix lets a later algorithm take over without resetting passwords. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The one way a password is checked, for the log-in form and HTTP Basic alike: throttled. */
    @Bean
    AuthenticationProvider localLogins(LocalLoginService accounts, PasswordEncoder passwordEncoder, LoginProperties properties) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(passwordEncoder);
        // A deactivated account is told apart only after its password was hashed like any other, so neither the
        // answer nor its timing says that the login exists.
        passwords.setPreAuthenticationChecks(account -> { });
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottledLoginProvider(passwords, new LoginThrottle(properties.throttlePolicy(), TimeMeter.SYSTEM_MILLISECONDS));
    }

    /** The allowance of HTTP Basic calls on the API, per account and per address. */
    @Bean
    BasicCallThrottle basicCallThrottle(LoginProperties properties) {
        return new BasicCallThrottle(properties.basicCallPolicy(), TimeMeter.SYSTEM_MILLISECONDS);
    }
}
