package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.Security;
import news.dateline.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The RESTEasy provider modules that WEB-INF/jboss-deployment-structure.xml leaves out are not seen by
 * the application (so the server neither loads nor registers them at each start), while the ones it
 * uses are.
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
                "org.jboss.resteasy.plugins.providers.multipart.MultipartReader"}) {
            assertThatThrownBy(() -> Class.forName(provider, false, getClass().getClassLoader()))
                    .as(provider).isInstanceOf(ClassNotFoundException.class);
        }
        assertThat(Security.getProvider("BC")).as("the BouncyCastle provider message signing loads").isNull();
    }

    @Test
    void theProvidersTheApplicationUsesAreStillThere() throws ClassNotFoundException {
        assertThat(Class.forName("org.jboss.resteasy.plugins.providers.jsonp.JsonObjectProvider", false,
                getClass().getClassLoader())).isNotNull();
        assertThat(Class.forName("jakarta.servlet.http.Part", false, getClass().getClassLoader())).isNotNull();
    }
}
