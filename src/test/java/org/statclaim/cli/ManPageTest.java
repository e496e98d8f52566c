package org.statclaim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The man pages ({@code ./mvnw -Pdist package} puts them in the app's {@code share/man/man1}):
 * picocli's ManPageGenerator writes one AsciiDoc page per command from the same model as
 * {@code --help}, which Asciidoctor turns into troff. Here: every command gets a page, and every
 * option that {@code --help} shows is on its command's page.
 */
class ManPageTest {

    @Test
    void everyCommandHasAPageWithEveryVisibleOption(@TempDir Path dir) throws IOException {
        CommandSpec root = new CommandLine(new StatclaimCommand()).getCommandSpec();
        int code = ManPageGenerator.generateManPage(dir.toFile(), null, new boolean[1], true, root);
        assertEquals(0, code);
        List<String> pages;
        try (Stream<Path> files = Files.list(dir)) {
            pages = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertTrue(pages.containsAll(List.of("statclaim.adoc", "statclaim-report.adoc", "statclaim-evaluate.adoc",
                "statclaim-explain.adoc", "statclaim-serve.adoc")), pages.toString());
        check(root, dir.resolve("statclaim.adoc"));
        for (CommandLine sub : root.subcommands().values()) {
            Path page = dir.resolve("statclaim-" + sub.getCommandName() + ".adoc");
            if (Files.exists(page)) {
                check(sub.getCommandSpec(), page);
            }
        }
        String main = Files.readString(dir.resolve("statclaim.adoc"));
        assertTrue(main.contains(":doctype: manpage"), "Asciidoctor's man page doctype");
        assertTrue(main.contains("--summary-json") && main.contains("--files-from") && main.contains("Exit codes") && main.contains("*141*"), main);
    }

    private static void check(CommandSpec spec, Path page) throws IOException {
        String text = Files.readString(page);
        for (OptionSpec o : spec.options()) {
            if (!o.hidden()) {
                String name = o.negatable() ? "--[no-]" + o.longestName().substring(2) : o.longestName(); // --[no-]deps
                assertTrue(text.contains("*" + name + "*"), page.getFileName() + " lacks " + name);
            }
        }
        assertTrue(text.contains("= " + spec.qualifiedName("-") + "(1)"), page.getFileName() + ": " + text.lines().findFirst().orElse(""));
    }
}
