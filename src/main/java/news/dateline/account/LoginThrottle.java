package news.dateline.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.dateline.platform.SqlValues;

/**
 * Counts failed sign-ins per account name and per client address, in the database so that every
 * server sees the same counts. Past a few failures each further attempt is slowed down; at the
 * limit the key is locked for a while. A success clears the account name's count.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final int FREE_FAILURES = 2;
    /** An address (an office behind one router, say) gets more failures before it is slowed down. */
    static final int FREE_ADDRESS_FAILURES = 10;

    @PersistenceContext
    EntityManager em;

    static String accountKey(String username) {
        return "account:" + username;
    }

    /**
     * The throttle key of a client address. An IPv6 client usually holds a whole /64 and could
     * rotate through it, so IPv6 addresses count by their /64.
     */
    static String addressKey(String address) {
        if (address != null && address.indexOf(':') >= 0) {
            try {
                byte[] bytes = java.net.InetAddress.getByName(address).getAddress();
                if (bytes.length == 16) {
                    return "address:" + java.util.HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
                }
            } catch (java.net.UnknownHostException e) {
                return "address:" + address;
            }
        }
        return "address:" + address;
    }

    public boolean isLocked(List<String> keys, Instant now) {
        Number locked = (Number) em.createNativeQuery("select count(*) from login_throttle"
                        + " where throttle_key in (:keys) and locked_until > :now")
                .setParameter("keys", keys)
                .setParameter("now", Timestamp.from(now))
                .getSingleResult();
        return locked.longValue() > 0;
    }

    /** Records one failure against the key; returns how many failures it now has in the window. */
    public int recordFailure(String key, int limit, Instant now) {
        em.createNativeQuery("insert into login_throttle (throttle_key, failures, first_failure)"
                        + " values (:key, 0, :now) on conflict (throttle_key) do nothing")
                .setParameter("key", key)
                .setParameter("now", Timestamp.from(now))
                .executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("select failures, first_failure from login_throttle"
                        + " where throttle_key = :key for update")
                .setParameter("key", key)
                .getSingleResult();
        int failures = ((Number) row[0]).intValue();
        Instant firstFailure = SqlValues.instant(row[1]);
        boolean windowOver = firstFailure.isBefore(now.minus(WINDOW));
        int updated = windowOver ? 1 : failures + 1;
        em.createNativeQuery("update login_throttle set failures = :failures, first_failure = :first,"
                        + " locked_until = :lockedUntil where throttle_key = :key")
                .setParameter("failures", updated)
                .setParameter("first", Timestamp.from(windowOver ? now : firstFailure))
                .setParameter("lockedUntil", updated >= limit ? Timestamp.from(now.plus(LOCK)) : null)
                .setParameter("key", key)
                .executeUpdate();
        return updated;
    }

    public void clear(String key) {
        em.createNativeQuery("delete from login_throttle where throttle_key = :key")
                .setParameter("key", key)
                .executeUpdate();
    }
}
