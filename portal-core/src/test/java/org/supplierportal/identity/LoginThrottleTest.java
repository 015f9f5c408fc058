package org.supplierportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Throttling of wrong passwords: by login and address, by address, by login; never a lock a stranger can set. */
class LoginThrottleTest {

    private static final String STRANGER = "203.0.113.7";
    private static final String PERSON = "198.51.100.4";

    private final ManualTime time = new ManualTime();
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottlePolicy(5, 20, 50, Duration.ofMinutes(15)), time);

    @Test
    void aStrangersWrongPasswordsThrottleOnlyTheStrangersAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("admin", STRANGER);
        }

        assertThat(throttle.mayTry("admin", STRANGER)).isFalse();
        assertThat(throttle.mayTry("admin", PERSON)).isTrue();
        assertThat(throttle.mayTry("buyer", STRANGER)).isTrue();
    }

    @Test
    void theAllowanceComesBackOneAttemptAtATime() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("admin", STRANGER);
        }

        time.advance(Duration.ofMinutes(2));
        assertThat(throttle.mayTry("admin", STRANGER)).isFalse();
        time.advance(Duration.ofMinutes(1)); // 15 minutes / 5 attempts
        assertThat(throttle.mayTry("admin", STRANGER)).isTrue();
    }

    @Test
    void oneAddressTryingManyLoginsIsThrottledForAllOfThem() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("login-" + i, STRANGER);
        }

        assertThat(throttle.mayTry("someone-else", STRANGER)).isFalse();
        assertThat(throttle.mayTry("someone-else", PERSON)).isTrue();
    }

    @Test
    void oneLoginGuessedFromManyAddressesIsThrottledEverywhere() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("admin", "203.0.113." + i);
        }

        assertThat(throttle.mayTry("admin", PERSON)).isFalse();
        assertThat(throttle.mayTry("buyer", PERSON)).isTrue();
    }

    @Test
    void anIpv6NetworkCountsAsOneAddress() {
        assertThat(LoginThrottlePolicy.network("2001:db8:1:2:aaaa::1")).isEqualTo(LoginThrottlePolicy.network("2001:db8:1:2:bbbb::9"));
        assertThat(LoginThrottlePolicy.network("2001:db8:1:2::1")).isNotEqualTo(LoginThrottlePolicy.network("2001:db8:1:3::1"));
        assertThat(LoginThrottlePolicy.network("192.0.2.1")).isEqualTo("192.0.2.1");
    }

    @Test
    void aThrottledAttemptIsRefusedWithoutHashingThePassword() {
        CountingEncoder encoder = new CountingEncoder();
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                User.withUsername("anna").password(encoder.encode("right-password")).roles("BUYER").build()));
        passwords.setPasswordEncoder(encoder);
        ThrottledLoginProvider provider = new ThrottledLoginProvider(passwords, throttle);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt("anna", "wrong", STRANGER))).isInstanceOf(BadCredentialsException.class);
        }
        int hashedBefore = encoder.matches.get();

        assertThatThrownBy(() -> provider.authenticate(attempt("anna", "right-password", STRANGER)))
                .isInstanceOf(BadCredentialsException.class).hasMessage(ThrottledLoginProvider.FAILED);
        assertThat(encoder.matches.get()).isEqualTo(hashedBefore);
        assertThat(provider.authenticate(attempt("anna", "right-password", PERSON)).isAuthenticated()).isTrue();
    }

    @Test
    void unknownLoginsAndDeactivatedAccountsGetTheSameAnswerAsAWrongPassword() {
        PasswordEncoder encoder = new BCryptPasswordEncoder(4);
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                User.withUsername("anna").password(encoder.encode("right-password")).roles("BUYER").build(),
                User.withUsername("gone").password(encoder.encode("right-password")).roles("BUYER").disabled(true).build()));
        passwords.setPasswordEncoder(encoder);
        ThrottledLoginProvider provider = new ThrottledLoginProvider(passwords, throttle);

        assertThatThrownBy(() -> provider.authenticate(attempt("nobody", "x", PERSON))).isExactlyInstanceOf(BadCredentialsException.class)
                .hasMessage(ThrottledLoginProvider.FAILED);
        assertThatThrownBy(() -> provider.authenticate(attempt("anna", "x", PERSON))).isExactlyInstanceOf(BadCredentialsException.class)
                .hasMessage(ThrottledLoginProvider.FAILED);
        assertThatThrownBy(() -> provider.authenticate(attempt("gone", "right-password", PERSON))).isExactlyInstanceOf(BadCredentialsException.class)
                .hasMessage(ThrottledLoginProvider.FAILED);
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    /** The real BCrypt (cheap strength for speed), counting how often a password is checked. */
    private static final class CountingEncoder implements PasswordEncoder {

        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        private final AtomicInteger matches = new AtomicInteger();

        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            matches.incrementAndGet();
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    }
}
