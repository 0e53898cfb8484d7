package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options bin/standalone.conf gives the server: the heap and the collector, the class data sharing
 * archive (written at the first stop, mapped at every later start, one per JVM and server build), the JIT
 * compiler threads and the server's I/O threads.
 */
class ServerJvmSettingsTest {

    private static final Path CONF = Paths.get("src/main/server/bin/standalone.conf");
    private static final Pattern WRITE = Pattern.compile("-XX:ArchiveClassesAtExit=(\\S+)");
    private static final Pattern READ = Pattern.compile("-XX:SharedArchiveFile=(\\S+)");

    @TempDir
    Path home;

    @Test
    void aFirstStartWritesTheArchiveAndTheNextOneMapsIt() throws Exception {
        modulesJar("the module loader");

        String first = javaOptions(Map.of());
        Path archive = Paths.get(found(WRITE, first));
        assertThat(archive.getParent()).isEqualTo(home.resolve("standalone/data/class-archive")).isDirectory();
        assertThat(first).doesNotContain("-XX:SharedArchiveFile");

        Files.writeString(archive, "an archive");
        String next = javaOptions(Map.of());
        assertThat(found(READ, next)).isEqualTo(archive.toString());
        assertThat(next).doesNotContain("-XX:ArchiveClassesAtExit");
    }

    @Test
    void anotherServerBuildGetsAnotherArchive() throws Exception {
        modulesJar("the module loader");
        String before = found(WRITE, javaOptions(Map.of()));
        modulesJar("an upgraded module loader");
        String after = found(WRITE, javaOptions(Map.of()));

        assertThat(after).isNotEqualTo(before);
        assertThat(Paths.get(after).getParent()).isEqualTo(Paths.get(before).getParent());
    }

    @Test
    void theArchiveCanBeMovedOrSwitchedOff() throws Exception {
        modulesJar("the module loader");
        Path elsewhere = home.resolve("archives");

        assertThat(found(WRITE, javaOptions(Map.of("DATELINE_CLASS_ARCHIVE", elsewhere.toString()))))
                .startsWith(elsewhere.toString());
        String off = javaOptions(Map.of("DATELINE_CLASS_ARCHIVE", "off"));
        assertThat(off).doesNotContain("ArchiveClassesAtExit").doesNotContain("SharedArchiveFile");
        String unwritable = javaOptions(Map.of("DATELINE_CLASS_ARCHIVE", "/proc/no-such-directory"));
        assertThat(unwritable).doesNotContain("ArchiveClassesAtExit").doesNotContain("SharedArchiveFile");
    }

    @Test
    void theJitCompilerThreadsAreTheJvmsChoiceUnlessANumberIsGiven() throws Exception {
        modulesJar("the module loader");

        assertThat(javaOptions(Map.of())).doesNotContain("CICompilerCount");
        assertThat(javaOptions(Map.of("DATELINE_JIT_THREADS", "6"))).contains("-XX:CICompilerCount=6");
        for (String junk : new String[] {"six", "6 -XX:+Anything", "-1", "0", "123456"}) {
            assertThat(javaOptions(Map.of("DATELINE_JIT_THREADS", junk))).as(junk)
                    .doesNotContain("CICompilerCount").doesNotContain("Anything");
        }
    }

    @Test
    void theServerGetsOneIoThreadPerCoreUnlessTold() throws Exception {
        modulesJar("the module loader");
        Process nproc = new ProcessBuilder("nproc").start();
        String cores = new String(nproc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(nproc.waitFor()).isZero();

        assertThat(setting("DATELINE_IO_THREADS", Map.of())).isEqualTo(cores);
        assertThat(setting("DATELINE_IO_THREADS", Map.of("DATELINE_IO_THREADS", "3"))).isEqualTo("3");
    }

    @Test
    void theServerGetsASmallFixedHeapAndTheSerialCollectorUnlessTold() throws Exception {
        modulesJar("the module loader");

        Map<String, String> shipped = jvmFlags(javaOptions(Map.of("DATELINE_CLASS_ARCHIVE", "off")));
        assertThat(shipped).containsEntry("UseSerialGC", "true").containsEntry("UseParallelGC", "false")
                .containsEntry("UseG1GC", "false")
                .containsEntry("InitialHeapSize", String.valueOf(176L << 20))
                .containsEntry("MaxHeapSize", String.valueOf(176L << 20))
                .containsEntry("NewSize", String.valueOf(48L << 20));
        if (shipped.containsKey("TrimNativeHeapInterval")) {
            assertThat(shipped).containsEntry("TrimNativeHeapInterval", "1000");
        }

        Map<String, String> told = jvmFlags(javaOptions(Map.of("DATELINE_CLASS_ARCHIVE", "off",
                "DATELINE_JAVA_MEMORY", "-Xms512m -Xmx512m",
                "DATELINE_JAVA_OPTIONS", "-XX:-UseSerialGC -XX:+UseParallelGC")));
        assertThat(told).containsEntry("UseParallelGC", "true").containsEntry("UseSerialGC", "false")
                .containsEntry("MaxHeapSize", String.valueOf(512L << 20));
    }

    private void modulesJar(String content) throws IOException {
        Files.writeString(home.resolve("jboss-modules.jar"), content);
    }

    /** JAVA_OPTS after bin/standalone.conf has been read, as standalone.sh reads it. */
    private String javaOptions(Map<String, String> settings) throws Exception {
        return read(". \"$1\" && printf '%s' \"$JAVA_OPTS\"", settings);
    }

    /** An environment variable as the server's JVM sees it (exported), after bin/standalone.conf has been read. */
    private String setting(String name, Map<String, String> settings) throws Exception {
        return read(". \"$1\" && bash -c 'printf %s \"$" + name + "\"'", settings);
    }

    private String read(String script, Map<String, String> settings) throws Exception {
        ProcessBuilder shell = new ProcessBuilder("bash", "-c", script, "conf", CONF.toAbsolutePath().toString());
        shell.environment().keySet().removeIf(name -> name.startsWith("DATELINE_") || name.equals("JAVA_OPTS"));
        shell.environment().put("JBOSS_HOME", home.toString());
        shell.environment().put("JAVA", Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        shell.environment().putAll(settings);
        shell.redirectErrorStream(true);
        Process process = shell.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        return out;
    }

    /** The flags a JVM started with these options runs with (-XX:+PrintFlagsFinal), by name. */
    private static Map<String, String> jvmFlags(String javaOptions) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(java.util.Arrays.asList(javaOptions.strip().split("\\s+")));
        command.add("-XX:+PrintFlagsFinal");
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor()).as(out).isZero();
        Map<String, String> flags = new java.util.HashMap<>();
        Matcher flag = Pattern.compile("(?m)^\\s*\\S+\\s+(\\w+)\\s+:?=\\s+(\\S+)").matcher(out);
        while (flag.find()) {
            flags.put(flag.group(1), flag.group(2));
        }
        return flags;
    }

    private static String found(Pattern option, String javaOptions) {
        Matcher matcher = option.matcher(javaOptions);
        assertThat(matcher.find()).as(javaOptions).isTrue();
        return matcher.group(1);
    }
}
