package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import news.dateline.platform.ClientAddress.TrustedProxies;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final TrustedProxies NONE = TrustedProxies.of(List.of());
    private static final TrustedProxies BALANCERS = TrustedProxies.of(List.of("10.0.0.0/8", "192.0.2.7",
            "2001:db8:ffff::/48", "::1"));

    private static String resolve(String peer, TrustedProxies trusted, String... forwardedFor) {
        return ClientAddress.resolve(peer, List.of(forwardedFor), trusted);
    }

    @Test
    void shouldIgnoreTheHeaderWhenNoProxyIsTrusted() {
        assertThat(resolve("203.0.113.9", NONE, "198.51.100.1")).isEqualTo("203.0.113.9");
        assertThat(resolve("10.1.2.3", NONE, "198.51.100.1")).isEqualTo("10.1.2.3");
    }

    @Test
    void shouldIgnoreAForgedHeaderFromAnUntrustedPeer() {
        assertThat(resolve("203.0.113.9", BALANCERS, "198.51.100.1")).isEqualTo("203.0.113.9");
        assertThat(resolve("203.0.113.9", BALANCERS, "10.0.0.1")).isEqualTo("203.0.113.9");
    }

    @Test
    void shouldTakeTheAddressTheTrustedProxySaw() {
        assertThat(resolve("10.0.0.5", BALANCERS, "198.51.100.1")).isEqualTo("198.51.100.1");
        assertThat(resolve("192.0.2.7", BALANCERS, "198.51.100.1")).isEqualTo("198.51.100.1");
    }

    @Test
    void shouldReadAChainFromTheRightAndNeverBelieveWhatTheClientWroteOnTheLeft() {
        assertThat(resolve("10.0.0.5", BALANCERS, "1.1.1.1, 198.51.100.1, 10.9.9.9")).isEqualTo("198.51.100.1");
        assertThat(resolve("10.0.0.5", BALANCERS, "1.1.1.1, 198.51.100.1", "10.9.9.9, 192.0.2.7"))
                .as("several header lines are one list").isEqualTo("198.51.100.1");
        assertThat(resolve("10.0.0.5", BALANCERS, "10.0.0.1, 10.0.0.2")).as("only proxies: the leftmost")
                .isEqualTo("10.0.0.1");
    }

    @Test
    void shouldMatchIpv6AndCidrRanges() {
        assertThat(resolve("2001:db8:ffff:1::2", BALANCERS, "2001:db8:1::7")).isEqualTo("2001:db8:1:0:0:0:0:7");
        assertThat(resolve("2001:db8:fffe::2", BALANCERS, "2001:db8:1::7")).as("outside the /48")
                .isEqualTo("2001:db8:fffe:0:0:0:0:2");
        assertThat(resolve("::1", BALANCERS, "[2001:db8::5]:4711")).isEqualTo("2001:db8:0:0:0:0:0:5");
        assertThat(resolve("0:0:0:0:0:0:0:1", BALANCERS, "198.51.100.1:4711")).isEqualTo("198.51.100.1");
        assertThat(resolve("10.0.0.5", BALANCERS, "::ffff:198.51.100.1")).as("IPv4-mapped is IPv4")
                .isEqualTo("198.51.100.1");
        assertThat(resolve("11.0.0.5", BALANCERS, "198.51.100.1")).as("outside 10/8").isEqualTo("11.0.0.5");
    }

    @Test
    void shouldStopAtGarbageAndKeepTheNearestTrustedHop() {
        assertThat(resolve("10.0.0.5", BALANCERS, "198.51.100.1, not-an-address")).isEqualTo("10.0.0.5");
        assertThat(resolve("10.0.0.5", BALANCERS, "198.51.100.1, unknown, 10.0.0.9")).isEqualTo("10.0.0.9");
        assertThat(resolve("10.0.0.5", BALANCERS, "")).isEqualTo("10.0.0.5");
        assertThat(resolve("10.0.0.5", BALANCERS, ",,,")).isEqualTo("10.0.0.5");
        assertThat(resolve("10.0.0.5", BALANCERS, "999.1.1.1")).isEqualTo("10.0.0.5");
        assertThat(resolve("10.0.0.5", BALANCERS, "[2001:db8::1")).isEqualTo("10.0.0.5");
        assertThat(resolve("10.0.0.5", BALANCERS, "1:2:3:4:5:6:7:8:9")).isEqualTo("10.0.0.5");
        assertThat(resolve("10.0.0.5", BALANCERS, "example.com")).as("never a name lookup").isEqualTo("10.0.0.5");
        assertThat(resolve("10.0.0.5", BALANCERS, "x".repeat(10_000) + ",198.51.100.1")).isEqualTo("198.51.100.1");
    }

    @Test
    void shouldStopAfterSoManyHops() {
        String proxies = "10.0.0.1, ".repeat(40) + "10.0.0.2";
        assertThat(resolve("10.0.0.5", BALANCERS, "198.51.100.1, " + proxies)).startsWith("10.0.0.");
    }

    @Test
    void shouldDropTheZoneOfALinkLocalPeer() {
        assertThat(resolve("fe80:0:0:0:0:0:0:1%eth0", NONE)).isEqualTo("fe80:0:0:0:0:0:0:1");
    }

    @Test
    void shouldRefuseATrustedProxySettingThatIsNotAnAddressOrRange() {
        assertThatThrownBy(() -> TrustedProxies.of(List.of("proxy.example"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("proxy.example");
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/"))).isInstanceOf(IllegalStateException.class);
        assertThat(TrustedProxies.of(List.of("0.0.0.0/0")).contains(ClientAddress.literal("198.51.100.1").orElseThrow()))
                .isTrue();
    }
}
