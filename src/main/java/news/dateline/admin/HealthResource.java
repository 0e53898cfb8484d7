package news.dateline.admin;

import news.dateline.platform.JsonSupport;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import news.dateline.platform.SchemaStatus;

/**
 * Health for load balancers: {@code /health/live} answers while the application runs;
 * {@code /health/ready} also needs the database to answer and the schema to be current.
 */
@Path("/health")
public class HealthResource {

    @Resource(lookup = "java:jboss/datasources/DatelineDS")
    DataSource dataSource;

    @Inject
    SchemaStatus schema;

    @GET
    @Path("live")
    public Response live() {
        return json(200, JsonSupport.object().add("status", "UP").build().toString());
    }

    @GET
    @Path("ready")
    public Response ready() {
        boolean database = databaseAnswers();
        boolean current = database && schema.isCurrent();
        String body = JsonSupport.object()
                .add("status", database && current ? "UP" : "DOWN")
                .add("database", database ? "UP" : "DOWN")
                .add("schema", current ? "CURRENT" : "BEHIND")
                .build().toString();
        return json(database && current ? 200 : 503, body);
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            return statement.execute("select 1");
        } catch (SQLException e) {
            return false;
        }
    }

    private static Response json(int status, String body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).header("Cache-Control", "no-store")
                .entity(body).build();
    }
}
