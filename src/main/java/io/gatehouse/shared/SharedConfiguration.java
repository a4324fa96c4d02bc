package io.gatehouse.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import ch.qos.logback.classic.LoggerContext;

import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServerKeyProperties.class)
class SharedConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** In place of Spring Boot's Logback metrics, which the application leaves out (GatehouseApplication). */
    @Bean
    LogEventMetrics logEventMetrics() {
        return new LogEventMetrics((LoggerContext) LoggerFactory.getILoggerFactory());
    }

    @Bean
    KeyedHasher keyedHasher(ServerKeyProperties properties) throws IOException {
        return new KeyedHasher(serverKey(properties));
    }

    /**
     * Console passwords are bcrypt (slow, human-chosen); client secrets are {@value HmacSecretEncoder#ID}
     * (fast keyed hash of a long random string). One delegating encoder serves both.
     */
    @Bean
    PasswordEncoder passwordEncoder(KeyedHasher hasher) {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        encoders.put(HmacSecretEncoder.ID, new HmacSecretEncoder(hasher));
        return new DelegatingPasswordEncoder("bcrypt", encoders);
    }

    private static byte[] serverKey(ServerKeyProperties properties) throws IOException {
        if (properties.serverKey() != null && !properties.serverKey().isBlank()) {
            return Base64.getDecoder().decode(properties.serverKey().trim());
        }
        if (properties.keyFile() == null || properties.keyFile().isBlank()) {
            throw new IllegalStateException(
                    "Set gatehouse.security.server-key (GATEHOUSE_SECURITY_SERVER_KEY): a base64 key of at least 32 bytes");
        }
        Path file = Path.of(properties.keyFile());
        if (Files.exists(file)) {
            return Base64.getDecoder().decode(Files.readString(file).trim());
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(key));
        return key;
    }
}
