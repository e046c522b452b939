using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF1009: a package manager's cache or lists are removed in a later RUN than the install that wrote them.</summary>
internal sealed class DF1009PackageCacheCleanedInLaterRun : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF1009",
        Name = "package-cache-cleaned-in-later-run",
        Title = "Clean the package cache in the RUN that installs",
        MessageFormat = "'{0}' runs in a later RUN than the {1} install it cleans up after: the files stay in that earlier layer, so this saves nothing; clean up in the same RUN",
        Category = RuleCategory.Cache,
        DefaultSeverity = Severity.Info,
        PresetRationale = "Corpus: 29 findings, 28 of them in 17 production files (aws-codebuild, kubernetes/release, vscode-dev-containers' separate clean-up RUN); all real wasted layers, image-size advice like DL3009 (info).",
        Docs = """
            ## What it does
            Reports a package cleanup — `rm -rf /var/lib/apt/lists/*`, `apt-get clean`, `rm -rf /var/cache/apk/*`,
            `apk cache clean`, `yum`/`dnf clean all`, `rm -rf /var/cache/yum` or `/var/cache/dnf`, `zypper clean` —
            in a `RUN` that does not itself use that package manager, when an earlier `RUN` of the stage installed
            (or updated the index) with it and did not clean up there. Installs with a cache mount
            (`RUN --mount=type=cache`) leave nothing behind and are not counted.

            ## Why
            Each `RUN` is a layer, and a layer only records changes. Files written by the install's layer stay in
            the image even when a later layer deletes them: the later `rm` adds a layer of whiteouts and the image
            gets no smaller. The cleanup only pays off in the same `RUN` as the install.

            ## Example
            ```dockerfile
            FROM debian:12-slim
            RUN apt-get update && apt-get install -y --no-install-recommends curl
            RUN rm -rf /var/lib/apt/lists/*
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12-slim
            RUN apt-get update && apt-get install -y --no-install-recommends curl \
                && rm -rf /var/lib/apt/lists/*
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnStage(Check);

    private static void Check(Stage stage, RuleContext context)
    {
        // One slot per family (the first install of it), held on the stack: most RUNs install or clean something.
        FamilySlots pending = default;   // installs of earlier RUNs whose cache is still in their layer
        bool anyPending = false;
        foreach (var instruction in stage.Instructions)
        {
            if (instruction is not RunInstruction run) continue;
            var commands = context.PosixScript(run).Commands;
            FamilySlots installed = default;
            bool anyInstalled = false;
            List<(string Family, ShellCommand Command)>? cleaned = null;   // made when first needed
            foreach (var command in commands)
            {
                var effective = command.Effective;
                if (!IsPackageCommand(effective.BaseName)) continue;
                if (InstallFamily(effective) is { } family)
                {
                    ref var slot = ref installed[IndexOf(family)];
                    slot ??= command;
                    anyInstalled = true;
                }
                AddCleanFamilies(effective, command, ref cleaned);
            }
            if (cleaned is not null && anyPending)
                foreach (var (family, command) in cleaned)
                    if (installed[IndexOf(family)] is null && pending[IndexOf(family)] is { } install)
                        context.Report(command.Span, [new RelatedSpan(install.Span, "the install whose files stay in its layer")], null,
                            Shorten(command.ToString()), install.Effective.BaseName);
            if (!anyInstalled || HasCacheMount(run)) continue;
            for (int i = 0; i < FamilySlots.Length; i++)
                if (installed[i] is { } command && !Cleans(cleaned, Families[i]) && pending[i] is null)
                {
                    pending[i] = command;
                    anyPending = true;
                }
        }
    }

    /// <summary>The families, in the order of <see cref="FamilySlots"/>.</summary>
    private static readonly string[] Families = ["apt", "apk", "rpm", "zypper"];

    private static int IndexOf(string family) => family switch { "apt" => 0, "apk" => 1, "rpm" => 2, _ => 3 };

    /// <summary>A command per package-manager family (see <see cref="Families"/>), or null.</summary>
    [System.Runtime.CompilerServices.InlineArray(Length)]
    private struct FamilySlots
    {
        public const int Length = 4;
        private ShellCommand? _first;
    }

    private static bool HasCacheMount(RunInstruction run)
    {
        foreach (var mount in run.Mounts)
            if (mount.Type == "cache") return true;
        return false;
    }

    private static bool Cleans(List<(string Family, ShellCommand Command)>? cleaned, string family)
    {
        if (cleaned is null) return false;
        foreach (var entry in cleaned)
            if (entry.Family == family) return true;
        return false;
    }

    /// <summary>True for the commands <see cref="InstallFamily"/> or <see cref="AddCleanFamilies"/> may name a family for.</summary>
    private static bool IsPackageCommand(string name) =>
        name is "apt-get" or "apt" or "apk" or "yum" or "dnf" or "microdnf" or "dnf5" or "zypper" or "rm";

    private static string? InstallFamily(ShellCommand c) => c.BaseName switch
    {
        "apt-get" or "apt" when c.Subcommand is "install" or "update" or "upgrade" or "dist-upgrade" or "full-upgrade" => "apt",
        "apk" when c.Subcommand is "add" or "update" or "upgrade" && !c.HasFlag("no-cache") => "apk",
        "yum" or "dnf" or "microdnf" or "dnf5" when c.Subcommand is "install" or "update" or "upgrade" or "makecache" or "groupinstall" or "reinstall" => "rpm",
        "zypper" when c.Subcommand is "install" or "in" or "refresh" or "ref" or "update" or "up" => "zypper",
        _ => null,
    };

    /// <summary>Adds each family whose cache <paramref name="c"/> (the effective command of <paramref name="command"/>) cleans, once, in the order its arguments name them.</summary>
    private static void AddCleanFamilies(ShellCommand c, ShellCommand command, ref List<(string Family, ShellCommand Command)>? cleaned)
    {
        int first = cleaned?.Count ?? 0;   // the entries of this command start here
        switch (c.BaseName)
        {
            case "apt-get" or "apt" when c.Subcommand is "clean" or "autoclean":
                AddOnce("apt", command, first, ref cleaned);
                break;
            case "apk" when c.Subcommand == "cache" && c.PositionalArguments.Length > 1 && c.PositionalArguments[1].UnquotedText is "clean" or "purge":
                AddOnce("apk", command, first, ref cleaned);
                break;
            case "yum" or "dnf" or "microdnf" or "dnf5" when c.Subcommand == "clean":
                AddOnce("rpm", command, first, ref cleaned);
                break;
            case "zypper" when c.Subcommand is "clean" or "cc":
                AddOnce("zypper", command, first, ref cleaned);
                break;
            case "rm":
                foreach (var p in c.PositionalArguments)
                {
                    string path = p.UnquotedText;
                    if (path.StartsWith("/var/lib/apt/lists", StringComparison.Ordinal) || path.StartsWith("/var/cache/apt", StringComparison.Ordinal)) AddOnce("apt", command, first, ref cleaned);
                    else if (path.StartsWith("/var/cache/apk", StringComparison.Ordinal)) AddOnce("apk", command, first, ref cleaned);
                    else if (path.StartsWith("/var/cache/yum", StringComparison.Ordinal) || path.StartsWith("/var/cache/dnf", StringComparison.Ordinal)) AddOnce("rpm", command, first, ref cleaned);
                    else if (path.StartsWith("/var/cache/zypp", StringComparison.Ordinal)) AddOnce("zypper", command, first, ref cleaned);
                }
                break;
        }
    }

    private static void AddOnce(string family, ShellCommand command, int first, ref List<(string Family, ShellCommand Command)>? cleaned)
    {
        if (cleaned is not null)
            for (int i = first; i < cleaned.Count; i++)
                if (cleaned[i].Family == family) return;
        (cleaned ??= []).Add((family, command));
    }

    private static string Shorten(string text)
    {
        string t = text.ReplaceLineEndings(" ");
        return t.Length > 60 ? t[..57] + "..." : t;
    }
}
