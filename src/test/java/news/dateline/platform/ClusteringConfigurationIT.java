package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Clustering is configured as the README's several servers need it: the application's sessions are
 * distributable, and the server that {@code package} provisions (configure-server.cli) replicates them
 * (distributable-web) over JGroups on TCP, finding the other servers through the shared database
 * (JDBC_PING on Dateline's datasource), never by multicast, and notices a killed server within seconds.
 * Read from the files as built, after {@code package}.
 */
class ClusteringConfigurationIT {

    private static final Path SERVER = Path.of(System.getProperty("jboss.home", "target/server"));

    @Test
    void sessionsAreDistributable() throws Exception {
        Document webXml = parse(Path.of("src/main/webapp/WEB-INF/web.xml"));

        assertThat(elements(webXml.getDocumentElement(), "distributable")).hasSize(1);
    }

    @Test
    void theProvisionedServerReplicatesSessionsOverTcpWithDiscoveryThroughTheDatabase() throws Exception {
        Document config = parse(SERVER.resolve("standalone/configuration/standalone.xml"));
        Element root = config.getDocumentElement();

        assertThat(subsystems(root)).anyMatch(ns -> ns.contains(":distributable-web:"));
        Element jgroups = subsystems(root).stream().filter(ns -> ns.contains(":jgroups:")).findFirst()
                .map(ns -> subsystem(root, ns)).orElseThrow(() -> new AssertionError("no jgroups subsystem"));
        Element channel = elements(jgroups, "channel").get(0);
        assertThat(channel.getAttribute("name")).isEqualTo("ee");
        assertThat(channel.getAttribute("stack")).isEqualTo("tcp");
        List<Element> stacks = elements(jgroups, "stack");
        assertThat(stacks).extracting(stack -> stack.getAttribute("name")).containsExactly("tcp");
        Element tcp = stacks.get(0);
        assertThat(elements(tcp, "transport").get(0).getAttribute("type")).isEqualTo("TCP");

        Map<String, Element> protocols = new HashMap<>();
        NodeList children = tcp.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element protocol && protocol.hasAttribute("type")) {
                protocols.put(protocol.getAttribute("type"), protocol);
            }
        }
        assertThat(protocols).containsKey("JDBC_PING").doesNotContainKeys("MPING", "PING", "TCPPING");
        assertThat(protocols.get("JDBC_PING").getAttribute("data-source")).isEqualTo("DatelineDS");
        assertThat(properties(protocols.get("JDBC_PING"))).containsKey("initialize_sql");
        NodeList all = config.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            assertThat(element.getAttribute("type")).as("no multicast discovery anywhere").isNotEqualTo("MPING");
            assertThat(element.getAttribute("name")).isNotEqualTo("jgroups-mping");
        }

        // A killed server leaves the view within seconds, and a server started meanwhile does not wait
        // long for the dead coordinator it finds in the discovery table.
        Map<String, String> failureDetection = properties(protocols.get("FD_ALL3"));
        assertThat(failureDetection).containsKeys("timeout", "interval");
        assertThat(Long.parseLong(failureDetection.get("timeout"))).isLessThanOrEqualTo(10_000);
        assertThat(Long.parseLong(failureDetection.get("interval")))
                .isLessThan(Long.parseLong(failureDetection.get("timeout")) / 2);
        Map<String, String> membership = properties(protocols.get("pbcast.GMS"));
        assertThat(membership).containsKeys("join_timeout", "max_join_attempts");
        assertThat(Long.parseLong(membership.get("join_timeout"))
                * Long.parseLong(membership.get("max_join_attempts"))).isLessThanOrEqualTo(5_000);
    }

    @Test
    void theServerTakesItsThreadCountsFromTheSettings() throws Exception {
        Element root = parse(SERVER.resolve("standalone/configuration/standalone.xml")).getDocumentElement();
        Element io = subsystems(root).stream().filter(ns -> ns.contains(":io:")).findFirst()
                .map(ns -> subsystem(root, ns)).orElseThrow(() -> new AssertionError("no io subsystem"));
        Element worker = elements(io, "worker").stream().filter(w -> w.getAttribute("name").equals("default"))
                .findFirst().orElseThrow();
        assertThat(worker.getAttribute("io-threads")).isEqualTo("${dateline.io-threads,env.DATELINE_IO_THREADS:2}");
        assertThat(worker.getAttribute("task-max-threads"))
                .isEqualTo("${dateline.worker-threads,env.DATELINE_WORKER_THREADS:8}");
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> subsystems(Element root) {
        List<String> namespaces = new ArrayList<>();
        for (Element subsystem : elements(root, "subsystem")) {
            namespaces.add(subsystem.getNamespaceURI());
        }
        return namespaces;
    }

    private static Element subsystem(Element root, String namespace) {
        return elements(root, "subsystem").stream().filter(s -> namespace.equals(s.getNamespaceURI())).findFirst()
                .orElseThrow();
    }

    /** The elements of this local name anywhere below, in document order. */
    private static List<Element> elements(Element under, String localName) {
        NodeList found = under.getElementsByTagNameNS("*", localName);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            list.add((Element) found.item(i));
        }
        return list;
    }

    private static Map<String, String> properties(Element protocol) {
        assertThat(protocol).as("protocol").isNotNull();
        Map<String, String> properties = new HashMap<>();
        for (Element property : elements(protocol, "property")) {
            properties.put(property.getAttribute("name"), property.getTextContent().strip());
        }
        return properties;
    }
}
