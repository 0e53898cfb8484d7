package news.dateline.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address of the client behind a request, for sign-in throttling and the audit log.
 * {@code X-Forwarded-For} is believed only when the direct peer is a trusted proxy
 * ({@code dateline.trusted-proxies}); it is then read from the right, and the first address that is
 * not itself a trusted proxy is the client. Whatever a client writes further left is never read.
 * A hop that cannot be read ends the walk: the nearest trusted hop stands for the client.
 */
@ApplicationScoped
public class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final int MAX_HOPS = 32;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    @Inject
    Settings settings;

    private volatile TrustedProxies trusted = TrustedProxies.of(List.of());

    public String of(HttpServletRequest request) {
        var headers = request.getHeaders(FORWARDED_FOR);
        return resolve(request.getRemoteAddr(), headers == null ? List.of() : Collections.list(headers),
                trustedProxies());
    }

    static String resolve(String peer, List<String> forwardedFor, TrustedProxies trusted) {
        Optional<InetAddress> peerAddress = literal(peer);
        if (peerAddress.isEmpty()) {
            return peer;
        }
        InetAddress client = peerAddress.get();
        List<String> hops = hops(forwardedFor);
        for (int i = hops.size() - 1; i >= 0 && i >= hops.size() - MAX_HOPS && trusted.contains(client); i--) {
            Optional<InetAddress> hop = literal(withoutPort(hops.get(i)));
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get();
        }
        return text(client);
    }

    private TrustedProxies trustedProxies() {
        List<String> entries = settings.trustedProxies();
        TrustedProxies current = trusted;
        if (!current.entries().equals(entries)) {
            current = TrustedProxies.of(entries);
            trusted = current;
        }
        return current;
    }

    private static List<String> hops(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            for (String hop : header.split(",", -1)) {
                hops.add(hop.strip());
            }
        }
        return hops;
    }

    /** {@code 192.0.2.1:4711} and {@code [2001:db8::1]:4711} lose their ports; other forms stay. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end < 0 ? "" : hop.substring(1, end);
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    /** An IP address written as such; never a host name, so nothing is ever looked up. */
    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String address = text.strip();
        int zone = address.indexOf('%');
        if (zone >= 0) {
            address = address.substring(0, zone);
        }
        try {
            if (IPV4.matcher(address).matches()) {
                String[] parts = address.split("\\.");
                byte[] bytes = new byte[4];
                for (int i = 0; i < 4; i++) {
                    int part = Integer.parseInt(parts[i]);
                    if (part > 255) {
                        return Optional.empty();
                    }
                    bytes[i] = (byte) part;
                }
                return Optional.of(InetAddress.getByAddress(bytes));
            }
            if (address.contains(":") && IPV6.matcher(address).matches()) {
                return Optional.of(InetAddress.getByName("[" + address + "]"));
            }
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String text(InetAddress address) {
        String text = address.getHostAddress();
        int zone = text.indexOf('%');
        return address instanceof Inet6Address && zone >= 0 ? text.substring(0, zone) : text;
    }

    /** The trusted proxies, as configured: single addresses and CIDR ranges. */
    record TrustedProxies(List<String> entries, List<Network> networks) {

        /** @throws IllegalStateException when an entry is neither an IP address nor a CIDR range */
        static TrustedProxies of(List<String> entries) {
            List<Network> networks = new ArrayList<>();
            for (String entry : entries) {
                networks.add(Network.parse(entry).orElseThrow(() -> new IllegalStateException(
                        "dateline.trusted-proxies lists IP addresses and CIDR ranges, not: " + entry)));
            }
            return new TrustedProxies(List.copyOf(entries), List.copyOf(networks));
        }

        boolean contains(InetAddress address) {
            return networks.stream().anyMatch(network -> network.contains(address));
        }
    }

    /** An address range: the first {@code bits} bits of {@code prefix}. */
    record Network(byte[] prefix, int bits) {

        static Optional<Network> parse(String text) {
            int slash = text.indexOf('/');
            Optional<InetAddress> address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            byte[] prefix = address.get().getAddress();
            if (slash < 0) {
                return Optional.of(new Network(prefix, prefix.length * 8));
            }
            String bits = text.substring(slash + 1).strip();
            if (!bits.matches("\\d{1,3}") || Integer.parseInt(bits) > prefix.length * 8) {
                return Optional.empty();
            }
            return Optional.of(new Network(prefix, Integer.parseInt(bits)));
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((candidate[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
