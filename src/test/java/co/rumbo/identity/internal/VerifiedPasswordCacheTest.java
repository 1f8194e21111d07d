package co.rumbo.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordCacheTest {

    final AtomicInteger checks = new AtomicInteger();
    final AtomicLong now = new AtomicLong();
    final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    final PasswordEncoder counting = new PasswordEncoder() {
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    final VerifiedPasswordCache cache = new VerifiedPasswordCache(counting, Duration.ofMinutes(5), 100, now::get);
    final String hash = bcrypt.encode("clave-correcta");

    @Test
    void aPasswordThatMatchedIsNotCheckedAgainUntilTheTimeIsUp() {
        assertThat(cache.matches("clave-correcta", hash)).isTrue();
        assertThat(cache.matches("clave-correcta", hash)).isTrue();
        assertThat(checks).hasValue(1);

        now.addAndGet(Duration.ofMinutes(5).toNanos());

        assertThat(cache.matches("clave-correcta", hash)).isTrue();
        assertThat(checks).hasValue(2);
    }

    @Test
    void aWrongPasswordIsAlwaysCheckedAndNeverRemembered() {
        cache.matches("clave-correcta", hash);

        assertThat(cache.matches("otra-clave", hash)).isFalse();
        assertThat(cache.matches("otra-clave", hash)).isFalse();
        assertThat(checks).hasValue(3);
    }

    @Test
    void aChangedPasswordHasANewHashThatNothingRemembered() {
        cache.matches("clave-correcta", hash);
        String changed = bcrypt.encode("clave-nueva");

        assertThat(cache.matches("clave-correcta", changed)).isFalse();
        assertThat(cache.matches("clave-nueva", changed)).isTrue();
        assertThat(checks).hasValue(3);
    }

    @Test
    void aFullCacheForgetsRatherThanGrows() {
        VerifiedPasswordCache small = new VerifiedPasswordCache(counting, Duration.ofMinutes(5), 2, now::get);
        String[] hashes = new String[3];
        for (int i = 0; i < 3; i++) {
            hashes[i] = bcrypt.encode("clave-" + i);
            small.matches("clave-" + i, hashes[i]);
        }

        assertThat(small.matches("clave-0", hashes[0])).isTrue();
        assertThat(checks).hasValue(4);
    }
}
