package io.vitrine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.vitrine.workspace.Sql;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule book (JabRef's CommonArchitectureTest as the model): logic never touches JavaFX; screens never touch SQL
 * and build no services; SQL lives only in repositories; only the CLI prints; view models use no views; a feature's
 * screens use another's only through declared widgets; no package cycles, between features or at any depth.
 */
@AnalyzeClasses(packages = "io.vitrine", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyUiAndAppUseJavaFx = noClasses()
            .that().resideOutsideOfPackages("..ui..", "io.vitrine.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.jfree.chart.fx..", "org.kordamp.ikonli.javafx..")
            .because("services, importers, statistics, sync and reports must run headless (CLI, tests)");

    @ArchTest
    static final ArchRule screensDoNotTalkSql = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("views and view models go through services and repositories");

    @ArchTest
    static final ArchRule onlyTheCliPrintsToTheConsole = noClasses()
            .that().resideOutsideOfPackage("io.vitrine.cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .because("the CLI owns stdout (one JSON document with --json) and stderr; everything else logs or returns");

    @ArchTest
    static final ArchRule sqlOnlyInRepositories = noClasses()
            .that(areOutsideRepositories())
            .should().callMethodWhere(runsSql())
            .because("SQL lives in the repositories (row mappers, bound parameters); services keep the rules");

    @ArchTest
    static final ArchRule packagesFormNoCyclesAtAnyDepth = slices()
            .matching("io.vitrine.(**)")
            .should().beFreeOfCycles()
            .because("a package and its sub-package (catalog and catalog.feed) depend one way only");

    @ArchTest
    static final ArchRule featuresFormNoCycles = slices()
            .matching("io.vitrine.(*)..")
            .should().beFreeOfCycles();

    /** Classes that are not a repository (nor nested in one) and are not the database layer itself. */
    private static DescribedPredicate<JavaClass> areOutsideRepositories() {
        return new DescribedPredicate<>("are not *Repository classes or the workspace's database layer") {
            @Override
            public boolean test(JavaClass type) {
                String topLevel = type.getName().replaceAll("\\$.*", "");
                return !topLevel.endsWith("Repository") && !type.getPackageName().equals("io.vitrine.workspace");
            }
        };
    }

    /** A query run through {@code workspace.Sql} (or a raw JDBC statement). */
    private static DescribedPredicate<JavaAccess<?>> runsSql() {
        return new DescribedPredicate<>("runs SQL (Sql's query methods, a batch, or a JDBC statement)") {
            @Override
            public boolean test(JavaAccess<?> call) {
                JavaClass owner = call.getTargetOwner();
                return owner.isAssignableTo(Sql.class) && !call.getName().equals("connection")
                        || owner.isAssignableTo(Sql.Batch.class)
                        || owner.isAssignableTo(java.sql.Connection.class) && call.getName().matches("prepare.*|create.*Statement");
            }
        };
    }

    // ---- screens: views bind, view models hold state, features share screens only as declared widgets

    /**
     * The widgets a feature's {@code ui} package offers to the others' screens: the catalog's product picker and
     * stock badge (composer, poll builder, stale pins), and everything of {@code brand.ui} (brand setup, campaigns,
     * the status badge, time-zone choices), which posts, polls and the calendar share.
     */
    static final Set<String> SHARED_WIDGETS = Set.of("io.vitrine.catalog.ui.ProductPicker", "io.vitrine.catalog.ui.StockBadge");
    static final String SHARED_PACKAGE = "io.vitrine.brand.ui";

    private static final Pattern FEATURE_UI = Pattern.compile("io\\.vitrine\\.([a-z]+)\\.ui(\\..*)?");

    @ArchTest
    static final ArchRule screensBuildNoServices = noClasses()
            .that().resideInAPackage("..ui..")
            .should().callConstructorWhere(targetIsAService())
            .because("views and view models get services from StudioContext.feature(..), built once per workspace");

    @ArchTest
    static final ArchRule screensBuildNoFeatureRoots = noClasses()
            .that().resideInAPackage("..ui..")
            .should().callMethodWhere(new DescribedPredicate<JavaAccess<?>>("a feature root's factory") {
                @Override
                public boolean test(JavaAccess<?> call) {
                    String owner = call.getTargetOwner().getSimpleName();
                    return call.getName().equals("of") && (owner.endsWith("Feature") || owner.equals("StudioFeatures"));
                }
            })
            .because("the roots are built once per open workspace, by the app");

    @ArchTest
    static final ArchRule viewModelsUseNoViews = classes()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should(notDependOnViews())
            .because("a view model holds state as properties; the view binds to it (STYLE.md, habit 1)");

    @ArchTest
    static final ArchRule featureScreensShareOnlyDeclaredWidgets = classes()
            .that().resideInAPackage("io.vitrine.*.ui..")
            .should(useOtherFeaturesScreensOnlyThroughSharedWidgets())
            .because("features talk through services and events, and share screens only as declared widgets");

    /** A class outside the screens that is not a value (record, enum, exception): a service, repository or store. */
    private static DescribedPredicate<JavaAccess<?>> targetIsAService() {
        return new DescribedPredicate<>("the target is a service, repository or store of a feature") {
            @Override
            public boolean test(JavaAccess<?> call) {
                JavaClass owner = call.getTargetOwner();
                String pkg = owner.getPackageName();
                boolean feature = pkg.startsWith("io.vitrine.") && !isScreen(pkg) && !pkg.startsWith("io.vitrine.common");
                return feature && !owner.isEnum() && !owner.isAssignableTo(Record.class) && !owner.isAssignableTo(Throwable.class)
                        && !owner.isAnonymousClass();
            }
        };
    }

    private static boolean isScreen(String pkg) {
        return pkg.equals("io.vitrine.ui") || pkg.startsWith("io.vitrine.ui.") || pkg.endsWith(".ui") || pkg.contains(".ui.")
                || pkg.startsWith("io.vitrine.app");
    }

    private static ArchCondition<JavaClass> notDependOnViews() {
        return new ArchCondition<>("use no views, no scene graph nodes and no FX thread of their own") {
            @Override
            public void check(JavaClass model, ConditionEvents events) {
                for (Dependency dependency : model.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    boolean node = target.getPackageName().startsWith("javafx.scene") && !target.getName().equals("javafx.scene.image.Image")
                            || target.getPackageName().startsWith("javafx.application"); // the FX thread: through TaskExecutor
                    boolean view = isScreen(target.getPackageName()) && target.getSimpleName().matches(".*(View|Dialog|Pane|Cell|Canvas)");
                    if (node || view) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> useOtherFeaturesScreensOnlyThroughSharedWidgets() {
        return new ArchCondition<>("use another feature's ui package only through its shared widgets") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = feature(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    String to = feature(target.getPackageName());
                    if (to == null || to.equals(from) || target.getPackageName().equals(SHARED_PACKAGE)) {
                        continue;
                    }
                    String topLevel = target.getName().replaceAll("\\$.*", "");
                    if (!SHARED_WIDGETS.contains(topLevel)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String feature(String pkg) {
        Matcher matcher = FEATURE_UI.matcher(pkg);
        return matcher.matches() ? matcher.group(1) : null;
    }
}
