package co.rumbo.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers, for a few minutes, the passwords that just matched their stored
 * hash. The API is stateless HTTP Basic: every request carries the password, and BCrypt is slow on
 * purpose (tens of milliseconds of CPU): 40 offices saving rows at once spent most of the server's
 * time re-checking the same 40 passwords (bench/capture). Here a password that matched is checked
 * again only after {@code ttl}.
 *
 * <p>What stays as it was: a wrong password always goes to BCrypt (guessing is as slow as before),
 * and nothing is remembered about it; the account checks (locked, disabled) run before the password
 * on every request; a changed password has a new hash, which no remembered entry matches. What is
 * kept: an HMAC-SHA256 of the password and its hash under a key made at start and never stored, so
 * the memory holds no password and no entry outlives the process.
 */
final class VerifiedPasswordCache implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier clock;
    private final SecretKeySpec key;
    private final Map<String, Long> verified = new ConcurrentHashMap<>();
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    VerifiedPasswordCache(PasswordEncoder delegate, Duration ttl, int maxEntries) {
        this(delegate, ttl, maxEntries, System::nanoTime);
    }

    VerifiedPasswordCache(PasswordEncoder delegate, Duration ttl, int maxEntries, LongSupplier clock) {
        this.delegate = delegate;
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || ttlNanos <= 0) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String entry = mac(rawPassword, encodedPassword);
        long now = clock.getAsLong();
        Long until = verified.get(entry);
        if (until != null && until - now > 0) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verified.size() >= maxEntries) {
                verified.values().removeIf(u -> u - now <= 0);
                if (verified.size() >= maxEntries) {
                    verified.clear();
                }
            }
            verified.put(entry, now + ttlNanos);
        } else if (until != null) {
            verified.remove(entry);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String mac(CharSequence raw, String encoded) {
        Mac mac = macs.get(); // doFinal resets it for the next call
        mac.update(raw.toString().getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return Base64.getEncoder().encodeToString(mac.doFinal(encoded.getBytes(StandardCharsets.UTF_8)));
    }

    /** A Mac is not thread-safe, and looking one up per call showed in the API's profile. */
    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
