package news.dateline.desk;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import news.dateline.platform.Settings;

/**
 * One connection to the configured SMTP server, made when the first message is sent and used for
 * the rest of a delivery run. The Jakarta Mail session is built from the settings (host, port,
 * STARTTLS, sign-in) rather than taken from the server's mail subsystem, so that SMTP is configured
 * in one place like everything else, and "no host" simply means no e-mail. Every network step has a
 * time limit, so a server that does not answer costs a run seconds, never a thread.
 */
final class MailServer implements AutoCloseable {

    static final int CONNECT_TIMEOUT_MS = 10_000;
    static final int READ_TIMEOUT_MS = 30_000;

    private final Settings.Smtp smtp;
    private final Session session;
    private Transport transport;

    MailServer(Settings.Smtp smtp) {
        this.smtp = smtp;
        this.session = Session.getInstance(properties(smtp));
    }

    static Properties properties(Settings.Smtp smtp) {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", smtp.host());
        properties.setProperty("mail.smtp.port", String.valueOf(smtp.port()));
        properties.setProperty("mail.smtp.connectiontimeout", String.valueOf(CONNECT_TIMEOUT_MS));
        properties.setProperty("mail.smtp.timeout", String.valueOf(READ_TIMEOUT_MS));
        properties.setProperty("mail.smtp.writetimeout", String.valueOf(READ_TIMEOUT_MS));
        properties.setProperty("mail.smtp.auth", String.valueOf(smtp.username().isPresent()));
        if (smtp.startTls()) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
            properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        return properties;
    }

    Session session() {
        return session;
    }

    String from() {
        return smtp.from();
    }

    /**
     * Sends the message to its recipients, connecting (and signing in) first if this run has not.
     *
     * @throws MessagingException when the server cannot be reached, refuses the sign-in or the message
     */
    void send(MimeMessage message) throws MessagingException {
        if (transport == null || !transport.isConnected()) {
            close();
            Transport fresh = session.getTransport("smtp");
            fresh.connect(smtp.host(), smtp.port(), smtp.username().orElse(null), smtp.password().orElse(null));
            transport = fresh;
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // The connection is given up either way.
            }
            transport = null;
        }
    }
}
