package news.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JaxrsApplicationTest {

    @Test
    void shouldRegisterEveryResourceAndProviderOfTheApplication() throws IOException {
        java.nio.file.Path classes = Paths.get("target/classes");
        Set<Class<?>> annotated;
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            annotated = files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(JaxrsApplicationTest::load)
                    .filter(c -> c.isAnnotationPresent(Path.class) || c.isAnnotationPresent(Provider.class))
                    .collect(Collectors.toSet());
        }

        assertThat(annotated).isNotEmpty();
        assertThat(new JaxrsApplication().getClasses()).containsExactlyInAnyOrderElementsOf(annotated);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, JaxrsApplicationTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
