package news.dateline.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every URL of the application, static assets included, is a JAX-RS resource. */
@ApplicationPath("/")
public class JaxrsApplication extends Application {
}
