using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Shell.PackageManagers;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF1203: a package list written one package per line that is not sorted alphabetically.</summary>
internal sealed class DF1203UnsortedPackageList : Rule
{
    private static readonly PackageManager[] SortableManagers =
    [
        PackageManagerCatalog.AptGet, PackageManagerCatalog.Apt, PackageManagerCatalog.Apk, PackageManagerCatalog.Dnf,
        PackageManagerCatalog.Yum, PackageManagerCatalog.Zypper, PackageManagerCatalog.Pip, PackageManagerCatalog.Npm,
    ];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF1203",
        Name = "unsorted-package-list",
        Title = "Sort multi-line package lists",
        MessageFormat = "Package '{0}' is out of alphabetical order in this one-per-line package list",
        Category = RuleCategory.Style,
        DefaultSeverity = Severity.Style,
        Fix = FixAvailability.Always,
        FixTitle = "Sort the package list",
        Docs = """
            ## What it does
            Reports an `apt-get`/`apt`/`apk`/`dnf`/`yum`/`zypper`/`pip`/`npm` install command whose packages are
            written one per physical line (at least three of them) but not in alphabetical order. The first
            package out of order is marked. Lists containing variables are left alone.

            ## Why
            A sorted list makes duplicates obvious, shows at a glance whether a package is installed, and keeps
            merge conflicts small because additions land in predictable places. Docker's own best-practice guide
            recommends sorting multi-line arguments.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN apt-get update && apt-get install -y --no-install-recommends \
                    git \
                    curl \
                    ca-certificates \
                && rm -rf /var/lib/apt/lists/*
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN apt-get update && apt-get install -y --no-install-recommends \
                    ca-certificates \
                    curl \
                    git \
                && rm -rf /var/lib/apt/lists/*
            ```

            ## Fix safety
            The fix swaps the package words between their lines and keeps everything else (indentation, the
            trailing `\`, options and operators on those lines). Package managers install the whole list as one
            transaction, so the order does not change what gets installed; the fix is safe.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<RunInstruction>(Check);

    private static void Check(RunInstruction run, RuleContext context)
    {
        if (!context.Semantics.IsPosixShell(run)) return;
        foreach (var command in context.GetScript(run).Commands)
        {
            if (InstallingManager(command) is not { } manager) continue;
            var packages = manager.GetPackages(command);
            if (packages.Length < 3 || !AllStatic(packages)) continue;
            int firstOutOfOrder = FirstOutOfOrder(packages);
            if (firstOutOfOrder == 0) continue;
            var lines = packages.Select(p => context.Source.GetLinePosition(p.Span.Start).Line).ToList();
            if (lines.Distinct().Count() != lines.Count) continue;   // not one package per line
            var sorted = packages.OrderBy(p => p.UnquotedText, PackageOrder).ToList();
            var edits = new List<TextEdit>();
            for (int i = 0; i < packages.Length; i++)
                if (!ReferenceEquals(sorted[i], packages[i]))
                    edits.Add(new TextEdit(packages[i].Span, sorted[i].Text));
            var fix = context.CreateFix(edits, FixSafety.Safe);
            var culprit = packages[firstOutOfOrder];
            context.Report(culprit.Span, fix, culprit.UnquotedText);
        }
    }

    private static PackageManager? InstallingManager(ShellCommand command)
    {
        foreach (var manager in SortableManagers)
            if (manager.IsInstall(command)) return manager;
        return null;
    }

    private static bool AllStatic(System.Collections.Immutable.ImmutableArray<ShellWord> packages)
    {
        foreach (var package in packages)
            if (!package.IsStatic) return false;
        return true;
    }

    /// <summary>The index of the first package that sorts before the one ahead of it; 0 when the list is sorted.</summary>
    private static int FirstOutOfOrder(System.Collections.Immutable.ImmutableArray<ShellWord> packages)
    {
        for (int i = 1; i < packages.Length; i++)
            if (PackageOrder.Compare(packages[i - 1].UnquotedText, packages[i].UnquotedText) > 0) return i;
        return 0;
    }

    /// <summary>Case-insensitive, then ordinal, so the order is total and stable.</summary>
    private static readonly StringComparer PackageOrder = new PackageComparer();

    private sealed class PackageComparer : StringComparer
    {
        public override int Compare(string? x, string? y)
        {
            int result = string.Compare(x, y, StringComparison.OrdinalIgnoreCase);
            return result != 0 ? result : string.CompareOrdinal(x, y);
        }

        public override bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public override int GetHashCode(string obj) => StringComparer.Ordinal.GetHashCode(obj);
    }
}
