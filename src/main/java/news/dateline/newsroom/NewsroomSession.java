package news.dateline.newsroom;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import news.dateline.account.AccountService;
import news.dateline.account.Editor;

/**
 * What a newsroom session holds: the signed-in account's id and the CSRF token. Public pages never
 * create a session, and neither do the sign-in and setup forms: a session begins at sign-in.
 * Those two forms carry a pre-session token instead: a random value in a short-lived cookie that the
 * form echoes (double submit). No server stores it, so every server behind a balancer accepts it.
 */
public final class NewsroomSession {

    static final String ACCOUNT_ID = "dateline.accountId";
    static final String ACCOUNT_VERSION = "dateline.accountVersion";
    static final String CSRF_TOKEN = "dateline.csrf";
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final String FORM_COOKIE = "DATELINE_FORM";
    private static final int FORM_COOKIE_SECONDS = 2 * 60 * 60;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
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

    private static Optional<String> existingCsrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(CSRF_TOKEN));
    }

    /** The pre-session token: the one the browser already holds in its cookie, or a new one. */
    static String formToken(HttpServletRequest request) {
        return formCookie(request).orElseGet(NewsroomSession::newToken);
    }

    /** The {@code Set-Cookie} value that hands the pre-session token to the browser (again). */
    static String formCookieHeader(String token, HttpServletRequest request) {
        return formCookieName(request) + "=" + token + "; Path=" + (request.isSecure() ? "/" : "/newsroom")
                + "; Max-Age=" + FORM_COOKIE_SECONDS + "; HttpOnly; SameSite=Strict"
                + (request.isSecure() ? "; Secure" : "");
    }

    /**
     * Over HTTPS the cookie is a {@code __Host-} cookie: only this host, over HTTPS, can set it, so a
     * neighbouring subdomain cannot plant a token of its own and sign a victim into its account.
     */
    static String formCookieName(HttpServletRequest request) {
        return request.isSecure() ? "__Host-" + FORM_COOKIE : FORM_COOKIE;
    }

    /** Whether the token sent with a form is the one in the browser's pre-session cookie. */
    static boolean formTokenMatches(HttpServletRequest request, String sent) {
        return sameToken(formCookie(request), sent);
    }

    /** Whether the token sent with a state change is the session's. */
    static boolean sessionTokenMatches(HttpServletRequest request, String sent) {
        return sameToken(existingCsrfToken(request), sent);
    }

    private static boolean sameToken(Optional<String> expected, String sent) {
        return expected.isPresent() && sent != null && MessageDigest.isEqual(
                expected.get().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> formCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> formCookieName(request).equals(cookie.getName()))
                .map(Cookie::getValue)
                .filter(value -> value != null && TOKEN.matcher(value).matches())
                .findFirst();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
