package news.dateline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked on the compiled classes: feature packages depend on each other in
 * one direction only, and the platform depends on no feature.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("news.dateline");
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("news.dateline.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void platformDependsOnNoFeature() {
        noClasses().that().resideInAPackage("news.dateline.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("news.dateline.account..", "news.dateline.admin..",
                        "news.dateline.article..", "news.dateline.audit..", "news.dateline.contributor..",
                        "news.dateline.demo..", "news.dateline.desk..", "news.dateline.media..",
                        "news.dateline.newsroom..", "news.dateline.publishing..", "news.dateline.section..",
                        "news.dateline.site..")
                .check(classes);
    }
}
