package whosaid;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One home per concern: packages depend on each other in one direction only. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMain() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("whosaid");
    }

    @Test
    void packagesHaveNoImportCycle() {
        slices().matching("whosaid.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheCommandLineAndTheSparkJobsEntryPointUsePicocli() {
        // the Spark job is submitted by class name (whosaid.spark.LabelJob), so its options are parsed there
        noClasses().that().resideOutsideOfPackage("whosaid.cli..").and().doNotHaveFullyQualifiedName(
                "whosaid.spark.LabelJob").should().dependOnClassesThat().resideInAPackage("picocli..").check(classes);
    }

    @Test
    void labelingAndTheModelFileNeverReachIntoTraining() {
        // whoever reads the labeling path from Labeler down should never have to open training code
        noClasses().that().resideInAnyPackage("whosaid.label..", "whosaid.model..", "whosaid.decode..",
                "whosaid.features..", "whosaid.quote..", "whosaid.text..").should().dependOnClassesThat()
                .resideInAPackage("whosaid.train..").check(classes);
    }

    @Test
    void readingAndWritingFilesKnowsNothingOfModelsOrLabeling() {
        noClasses().that().resideInAPackage("whosaid.io..").should().dependOnClassesThat()
                .resideInAnyPackage("whosaid.model..", "whosaid.train..", "whosaid.label..", "whosaid.features..",
                        "whosaid.eval..")
                .check(classes);
    }
}
