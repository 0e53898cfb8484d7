package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.security.Security;
import news.dateline.testing.Deployments;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The modules that WEB-INF/jboss-deployment-structure.xml leaves out (RESTEasy providers, Jackson, Bean
 * Validation's JAX-RS provider) are not seen by the application, so the server neither loads nor
 * registers them, while the ones it uses are; and Hibernate does not reach for Jackson either.
 */
@ExtendWith(ArquillianExtension.class)
class LeftOutModulesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(LeftOutModulesIT.class);
    }

    @Test
    void theUnusedProviderModulesAreNotOnTheApplicationsClassPath() {
        for (String provider : new String[] {
                "org.jboss.resteasy.security.doseta.ServerDigitalSigningHeaderDecoratorFeature",
                "org.jboss.resteasy.plugins.providers.atom.AtomFeedProvider",
                "org.jboss.resteasy.plugins.providers.jaxb.JAXBXmlRootElementProvider",
                "org.jboss.resteasy.plugins.providers.multipart.MultipartReader",
                "org.jboss.resteasy.plugins.providers.jackson.ResteasyJackson2Provider",
                "com.fasterxml.jackson.databind.ObjectMapper",
                "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule",
                "org.jboss.resteasy.plugins.validation.GeneralValidatorImpl"}) {
            assertThatThrownBy(() -> Class.forName(provider, false, getClass().getClassLoader()))
                    .as(provider).isInstanceOf(ClassNotFoundException.class);
        }
        assertThat(Security.getProvider("BC")).as("the BouncyCastle provider message signing loads").isNull();
    }

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    @Test
    void hibernateMapsNothingToJsonOrXmlWithJackson() {
        var options = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getSessionFactoryOptions();
        assertThat(options.getJsonFormatMapper()).isInstanceOf(NoFormatMapper.class);
        assertThat(options.getXmlFormatMapper()).isInstanceOf(NoFormatMapper.class);
    }

    @Test
    void theProvidersTheApplicationUsesAreStillThere() throws ClassNotFoundException {
        assertThat(Class.forName("org.jboss.resteasy.plugins.providers.jsonp.JsonObjectProvider", false,
                getClass().getClassLoader())).isNotNull();
        assertThat(Class.forName("jakarta.servlet.http.Part", false, getClass().getClassLoader())).isNotNull();
    }
}
