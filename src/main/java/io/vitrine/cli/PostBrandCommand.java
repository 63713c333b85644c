package io.vitrine.cli;

import io.vitrine.brand.BrandProfile;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./studio post brand list|add}: the brand profiles posts are published as. */
@Command(mixinStandardHelpOptions = true, name = "brand", description = "List or add the brand profiles that post.",
        subcommands = {PostBrandCommand.ListBrands.class, PostBrandCommand.Add.class})
final class PostBrandCommand {

    /** A brand profile in {@code post brand list --json}. */
    record BrandRow(long id, String name, String handle, String timeZone) {
    }

    @Command(mixinStandardHelpOptions = true, name = "list", description = "List brand profiles.")
    static final class ListBrands implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Mixin
        JsonOption json;

        @Override
        public Integer call() {
            try (WorkspaceOption.OpenWorkspace ws = workspace.open()) {
                List<BrandProfile> brands = ws.features().brand().brands().list();
                if (json.enabled()) {
                    json.write(brands.stream().map(b -> new BrandRow(b.id(), b.name(), b.handle(), b.timeZone().getId())).toList());
                } else {
                    brands.forEach(b -> spec.commandLine().getOut().printf("%d  @%s  %s  (%s)%n", b.id(), b.handle(), b.name(),
                            b.timeZone().getId()));
                }
            }
            return 0;
        }
    }

    @Command(mixinStandardHelpOptions = true, name = "add", description = "Add a brand profile.")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Option(names = "--name", required = true, description = "The brand's name.")
        String name;
        @Option(names = "--handle", required = true, description = "Platform handle, e.g. maisonlumiere.")
        String handle;
        @Option(names = "--time-zone", paramLabel = "ZONE", description = "Home time zone, e.g. Europe/Paris. Default: this computer's.")
        String zone;

        @Override
        public Integer call() {
            ZoneId timeZone;
            try {
                timeZone = zone == null ? ZoneId.systemDefault() : ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new io.vitrine.common.VitrineException("\"" + zone + "\" is not a time zone.", "Use a region id such as Europe/Paris or America/New_York.");
            }
            try (WorkspaceOption.OpenWorkspace ws = workspace.open()) {
                BrandProfile brand = ws.features().brand().brands().create(name, handle, timeZone);
                spec.commandLine().getOut().printf("Added %s (@%s, %s) as brand %d%n", brand.name(), brand.handle(),
                        brand.timeZone().getId(), brand.id());
            }
            return 0;
        }
    }
}
