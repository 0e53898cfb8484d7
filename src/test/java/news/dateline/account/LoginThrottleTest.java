package news.dateline.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void anIpv6ClientCountsByItsSlash64SoRotatingAddressesDoesNotEscapeTheLock() {
        assertThat(LoginThrottle.addressKey("2001:db8:1:2:aaaa::1"))
                .isEqualTo(LoginThrottle.addressKey("2001:db8:1:2:ffff:ffff:ffff:ffff"))
                .isEqualTo("address:20010db800010002::/64");
        assertThat(LoginThrottle.addressKey("2001:db8:1:3::1")).isNotEqualTo(LoginThrottle.addressKey("2001:db8:1:2::1"));
    }

    @Test
    void anIpv4ClientCountsByItsAddress() {
        assertThat(LoginThrottle.addressKey("203.0.113.9")).isEqualTo("address:203.0.113.9");
        assertThat(LoginThrottle.addressKey("203.0.113.10")).isNotEqualTo(LoginThrottle.addressKey("203.0.113.9"));
    }
}
