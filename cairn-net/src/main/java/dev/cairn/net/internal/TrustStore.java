package dev.cairn.net.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/** The TLS client side of the tcp sink: the JDK's trusted certificates, or those of a configured trust store. */
final class TrustStore {

    private TrustStore() {}

    /** A socket factory trusting {@code file}'s certificates (PKCS12 or JKS), or the JDK's when {@code file} is null. */
    static SSLSocketFactory socketFactory(Path file, char[] password) throws IOException, GeneralSecurityException {
        if (file == null) {
            return SSLContext.getDefault().getSocketFactory();
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password.length == 0 ? null : password);
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context.getSocketFactory();
    }
}
