package io.gatehouse.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param serverKey base64 key (≥ 32 bytes) for the keyed hashes of secrets and tokens; when empty, a key
 *                  is generated once and kept in {@code keyFile}
 * @param keyFile   where a generated key lives; set only for the embedded default
 */
@ConfigurationProperties("gatehouse.security")
public record ServerKeyProperties(String serverKey, String keyFile) {
}
