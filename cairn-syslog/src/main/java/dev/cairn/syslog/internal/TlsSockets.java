package dev.cairn.syslog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Builds the TLS socket factory of a syslog sink from its options: the certificates it trusts (a PKCS#12 or JKS trust
 * store, or a PEM file of certificates; the JDK's default trust store when none is given) and an optional client
 * certificate with its key (a PKCS#12 or JKS key store). Errors name the option and the file, never a password.
 */
public final class TlsSockets {

    private TlsSockets() {}

    /**
     * The factory for these files; {@code trustStore} and {@code keyStore} may be null, passwords null or empty.
     *
     * @throws IllegalArgumentException naming the option when a file cannot be read or opened with its password
     */
    public static SSLSocketFactory factory(Path trustStore, char[] trustPassword, Path keyStore, char[] keyPassword) {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore == null ? null : trustStore(trustStore, trustPassword));
            KeyManagerFactory keys = null;
            if (keyStore != null) {
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(load("tls.key-store", keyStore, keyPassword), keyPassword);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "cannot set up TLS: " + e.getClass().getSimpleName(), e);
        }
    }

    private static KeyStore trustStore(Path file, char[] password) throws GeneralSecurityException {
        byte[] start = new byte[11];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(start, 0, start.length);
            if (!new String(start, 0, read, StandardCharsets.US_ASCII).equals("-----BEGIN ")) {
                return load("tls.trust-store", file, password);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("tls.trust-store " + file + " cannot be read: " + e.getMessage());
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try (InputStream in = Files.newInputStream(file)) {
            store.load(null, null);
            int n = 0;
            for (Certificate certificate :
                    CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("cert-" + n++, certificate);
            }
            if (n == 0) {
                throw new IllegalArgumentException("tls.trust-store " + file + " holds no certificate");
            }
            return store;
        } catch (IOException e) {
            throw new IllegalArgumentException("tls.trust-store " + file + " cannot be read: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "tls.trust-store " + file + " is not a PEM file of certificates: " + e.getMessage());
        }
    }

    private static KeyStore load(String option, Path file, char[] password) {
        try {
            return KeyStore.getInstance(file.toFile(), password);
        } catch (IOException e) {
            throw new IllegalArgumentException(option + " " + file + " cannot be opened (a PKCS#12 or JKS file and its"
                    + " password are expected): " + e.getClass().getSimpleName());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(option + " " + file + " is not a PKCS#12 or JKS key store: "
                    + e.getClass().getSimpleName());
        }
    }
}
