package news.dateline.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import news.dateline.account.AccountService;
import news.dateline.account.Editor;

/**
 * What a newsroom session holds: the signed-in account's id and the CSRF token. Public pages never
 * create a session; only the newsroom does.
 */
public final class NewsroomSession {

    static final String ACCOUNT_ID = "dateline.accountId";
    static final String ACCOUNT_VERSION = "dateline.accountVersion";
    static final String CSRF_TOKEN = "dateline.csrf";
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private NewsroomSession() {
    }

    /** Starts the signed-in session: a new session id (no fixation), a new CSRF token, the idle timeout. */
    static void signIn(HttpServletRequest request, Editor editor, long accountVersion, int idleMinutes) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(ACCOUNT_ID, editor.accountId());
        session.setAttribute(ACCOUNT_VERSION, accountVersion);
        session.setAttribute(CSRF_TOKEN, newToken());
        session.setMaxInactiveInterval(idleMinutes * 60);
    }

    static void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** The account version the session was started on (or last confirmed for). */
    static long accountVersion(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Long version = session == null ? null : (Long) session.getAttribute(ACCOUNT_VERSION);
        return version == null ? -1 : version;
    }

    /** After the user changed their own password: their session carries on with the new version. */
    public static void confirmAccountVersion(HttpServletRequest request, long accountVersion) {
        request.getSession(true).setAttribute(ACCOUNT_VERSION, accountVersion);
    }

    static Optional<Long> accountId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((Long) session.getAttribute(ACCOUNT_ID));
    }

    /** Whether the request comes from a signed-in, still enabled account: for newsroom-only content elsewhere. */
    public static boolean signedIn(HttpServletRequest request, AccountService accounts) {
        long version = accountVersion(request);
        return accountId(request).flatMap(id -> accounts.sessionAccount(id, version)).isPresent();
    }

    /** The session's CSRF token, creating the session (and token) when there is none yet. */
    public static String csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        String token = (String) session.getAttribute(CSRF_TOKEN);
        if (token == null) {
            token = newToken();
            session.setAttribute(CSRF_TOKEN, token);
        }
        return token;
    }

    static Optional<String> existingCsrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(CSRF_TOKEN));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
