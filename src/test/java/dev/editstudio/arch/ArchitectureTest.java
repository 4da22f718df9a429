package dev.editstudio.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Package boundaries from ARCHITECTURE.md, kept by the build. */
@AnalyzeClasses(packages = "dev.editstudio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles =
            slices().matching("dev.editstudio.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule viewsAndResourcesNeverTouchRepositories =
            noClasses().that().resideInAnyPackage("..ui..", "..api..")
                    .should().dependOnClassesThat().resideInAnyPackage("..domain..");

    @ArchTest
    static final ArchRule theDomainKnowsNothingOfTheUiOrHttp =
            noClasses().that().resideInAnyPackage("..domain..")
                    .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "..ui..", "..api..",
                            "jakarta.ws.rs..");

    @ArchTest
    static final ArchRule servicesDoNotDependOnViews =
            noClasses().that().resideOutsideOfPackages("..ui..")
                    .should().dependOnClassesThat().resideInAnyPackage("..ui..")
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule baseDependsOnNoFeature =
            noClasses().that().resideInAnyPackage("dev.editstudio.base..")
                    .should().dependOnClassesThat().resideInAnyPackage("dev.editstudio.account..",
                            "dev.editstudio.edit..", "dev.editstudio.image..", "dev.editstudio.model..",
                            "dev.editstudio.sharing..", "dev.editstudio.quota..", "dev.editstudio.admin..");

    @ArchTest
    static final ArchRule theModelKnowsNothingOfSessionsUsersOrHttp =
            noClasses().that().resideInAnyPackage("dev.editstudio.model..")
                    .should().dependOnClassesThat().resideInAnyPackage("dev.editstudio.edit..",
                            "dev.editstudio.account..", "jakarta.ws.rs..", "com.vaadin..")
                    .allowEmptyShould(true);
}
