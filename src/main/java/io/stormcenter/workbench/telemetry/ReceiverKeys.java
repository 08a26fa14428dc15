package io.stormcenter.workbench.telemetry;

import io.stormcenter.workbench.format.AtomicFileWrite;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The receiver's key pair and self-signed certificate, made on first start and kept in a PKCS#12
 * file (its password in a file beside it; both owner-only), so the CA that the API server's
 * webhook kubeconfig names stays valid across restarts. The certificate names every address the
 * receiver serves; a start that serves an address it lacks makes a new pair.
 *
 * <p>The pair is made by the JDK's own {@code keytool}: the JDK has no public API to sign a
 * certificate, and keytool's subject-alternative-name support is exactly what is needed.
 */
public final class ReceiverKeys {

    private static final String ALIAS = "ksc-receiver";
    private static final long KEYTOOL_SECONDS = 60;

    private final KeyStore store;
    private final char[] password;
    private final X509Certificate certificate;

    private ReceiverKeys(KeyStore store, char[] password) throws GeneralSecurityException {
        this.store = store;
        this.password = password.clone();
        this.certificate = (X509Certificate) store.getCertificate(ALIAS);
        if (certificate == null) {
            throw new GeneralSecurityException("the key store has no '" + ALIAS + "' entry");
        }
    }

    /** The kept pair when its certificate names every host, else a new one, saved to {@code keyStore}. */
    public static ReceiverKeys loadOrCreate(Path keyStore, List<String> hosts, SecureRandom random) throws IOException {
        Path passwordFile = passwordFile(keyStore);
        if (Files.exists(keyStore) && Files.exists(passwordFile)) {
            ReceiverKeys kept = load(keyStore, passwordFile);
            if (kept.names(hosts)) {
                return kept;
            }
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Path made = keyStore.resolveSibling("." + keyStore.getFileName() + ".new");
        Files.deleteIfExists(made);
        generate(made, password, hosts);
        try {
            byte[] content = Files.readAllBytes(made);
            AtomicFileWrite.replacePrivately(passwordFile, (password + "\n").getBytes(StandardCharsets.UTF_8));
            AtomicFileWrite.replacePrivately(keyStore, content);
        } finally {
            Files.deleteIfExists(made);
        }
        return load(keyStore, passwordFile);
    }

    static Path passwordFile(Path keyStore) {
        return keyStore.resolveSibling(keyStore.getFileName() + ".password");
    }

    private static ReceiverKeys load(Path keyStore, Path passwordFile) throws IOException {
        char[] password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip().toCharArray();
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return new ReceiverKeys(store, password);
        } catch (GeneralSecurityException e) {
            throw new IOException(keyStore + ": not a usable key store (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static void generate(Path file, String password, List<String> hosts) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = List.of(keytool.toString(), "-genkeypair", "-alias", ALIAS, "-keyalg", "EC",
                "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-dname", "CN=KSC Workbench receiver",
                "-ext", "SAN=" + sanList(hosts), "-ext", "EKU=serverAuth", "-validity", "3650",
                "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass:env", "KSC_RECEIVER_STOREPASS", "-keypass:env", "KSC_RECEIVER_STOREPASS");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // the password goes through the environment, never on a command line others can list
        builder.environment().put("KSC_RECEIVER_STOREPASS", password);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!process.waitFor(KEYTOOL_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("keytool did not finish making the receiver's key pair");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making the receiver's key pair", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("keytool could not make the receiver's key pair: " + output);
        }
    }

    /** {@code ip:127.0.0.1,dns:localhost,...}: an IP literal as an IP entry, anything else as a DNS name. */
    static String sanList(List<String> hosts) {
        Set<String> entries = new LinkedHashSet<>();
        for (String host : hosts) {
            entries.add((isIpLiteral(host) ? "ip:" : "dns:") + bare(host));
        }
        return String.join(",", entries);
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    static boolean isIpLiteral(String host) {
        String bare = bare(host);
        return bare.matches("[0-9.]+") || bare.contains(":");
    }

    private boolean names(List<String> hosts) {
        Set<String> named = new HashSet<>();
        try {
            Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> entry : alternatives) {
                    String value = String.valueOf(entry.get(1)).toLowerCase(Locale.ROOT);
                    named.add(value);
                    if ((Integer) entry.get(0) == 7) {
                        named.add(InetAddress.getByName(value).getHostAddress());
                    }
                }
            }
            for (String host : hosts) {
                String wanted = bare(host).toLowerCase(Locale.ROOT);
                if (isIpLiteral(host)) {
                    wanted = InetAddress.getByName(wanted).getHostAddress();
                }
                if (!named.contains(wanted)) {
                    return false;
                }
            }
            return true;
        } catch (CertificateParsingException | IOException e) {
            return false;
        }
    }

    /** The TLS context that serves this pair. */
    SSLContext sslContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK serves TLS with a PKCS#12 EC key", e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The certificate as PEM: what clients trust ({@code certificate-authority-data} is its base64). */
    public String certificatePem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("a loaded certificate encodes", e);
        }
    }

    /** The addresses the certificate names, as text. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        try {
            Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives != null) {
                alternatives.forEach(entry -> out.add(String.valueOf(entry.get(1))));
            }
        } catch (CertificateParsingException e) {
            return List.of();
        }
        return out;
    }
}
