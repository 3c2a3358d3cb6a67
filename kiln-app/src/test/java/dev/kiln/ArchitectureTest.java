package dev.kiln;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of ARCHITECTURE §4 and §13: each package uses only packages listed before it,
 * no cycles, no static mutable state, no junk-drawer packages.
 */
class ArchitectureTest {
    /** Bottom-up: a package may use the packages before it, never those after it. */
    static final List<String> LAYERS = List.of("parallel", "source", "data", "config", "highlight", "image", "markdown", "content",
            "site", "output", "render", "feed", "search", "build", "check", "serve", "scaffold", "importer", "cli");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.kiln");
    }

    @Test
    void eachPackageUsesOnlyThePackagesBelowIt() {
        for (int i = 0; i < LAYERS.size(); i++) {
            List<String> above = new ArrayList<>();
            for (String later : LAYERS.subList(i + 1, LAYERS.size())) above.add("dev.kiln." + later + "..");
            noClasses().that().resideInAPackage("dev.kiln." + LAYERS.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(above.toArray(String[]::new))
                    .because("ARCHITECTURE §4: a package may use the packages listed before it, never those after")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void everyPackageIsInTheLayerList() {
        noClasses().should().resideOutsideOfPackages(
                        LAYERS.stream().map(l -> "dev.kiln." + l + "..").toArray(String[]::new))
                .because("a new package needs its place in ARCHITECTURE §4 and in LAYERS")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.kiln.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void thereIsNoStaticMutableState() {
        fields().that().areStatic().should().beFinal()
                .because("ARCHITECTURE §13: no static mutable state")
                .check(classes);
        fields().that().areStatic().and().areFinal()
                .should().notHaveRawType(ArrayList.class)
                .andShould().notHaveRawType(java.util.HashMap.class)
                .andShould().notHaveRawType(java.util.HashSet.class)
                .andShould().notHaveRawType(java.util.LinkedHashMap.class)
                .andShould().notHaveRawType(java.util.TreeMap.class)
                .andShould().notHaveRawType(java.util.concurrent.ConcurrentHashMap.class)
                .because("a static final mutable collection is static mutable state")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void noJunkDrawerPackages() {
        noClasses().should().resideInAnyPackage("..util..", "..utils..", "..common..", "..helpers..", "..core..")
                .check(classes);
    }

}
