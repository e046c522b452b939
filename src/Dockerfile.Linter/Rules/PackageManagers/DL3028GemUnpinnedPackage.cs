using System.Collections.Immutable;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Shell.PackageManagers;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3028: <c>gem install</c> of a gem without a version.</summary>
internal sealed class DL3028GemUnpinnedPackage : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3028",
        Name = "gem-unpinned-package",
        Title = "Pin versions in gem install",
        MessageFormat = "{0} installed without a version; use 'gem:<version>' or '-v'",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "A gem without a version is advice, like the other language-package pins.",
        Docs = """
            ## What it does
            Reports a `gem install` of a gem without `name:version`, unless the command gives `-v`/`--version`. One
            finding per RUN: its message names every unpinned gem, it points at the first, and the others are its
            related locations. Words after `--` are build options for the gem's native extension (`gem install
            nokogiri -- --use-system-libraries true`), not gems, and are not reported; so is a `true` or `false`
            right after a long option gem does not know (`gem install x:1 --use-system-libraries true`).

            ## Why
            An unpinned gem resolves to the newest release at build time: builds stop being repeatable.

            ## Example
            ```dockerfile
            FROM ruby:3.3
            RUN gem install bundler
            ```

            ## Use instead
            ```dockerfile
            FROM ruby:3.3
            RUN gem install bundler:2.5.22
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) =>
        registrar.OnRunScript((commands, context) => UnpinnedPackages.Check(commands, context, Collect, "Gem"));

    private static void Collect(ShellCommand command, RunCommandContext context, UnpinnedPackages unpinned)
    {
        if (!PackageManagerCatalog.Gem.IsInstall(command) || command.HasFlag("v", "version")) return;
        var arguments = command.Effective.Arguments;
        foreach (var package in PackageManagerCatalog.Gem.GetPackages(command))
        {
            if (IsValueOfUnknownOption(package, arguments)) continue;
            foreach (string name in PackageValues.Resolve(package, context))
                if (!name.Contains(':') && !name.StartsWith('-') && !name.EndsWith(".gem", StringComparison.Ordinal))
                    unpinned.Add(package.Span, name);
        }
    }

    // `gem install x:1 --use-system-libraries true`: a true/false word right after a long option gem does not know is
    // that option's value (hadolint does not count it as a gem either).
    private static bool IsValueOfUnknownOption(ShellWord package, ImmutableArray<ShellWord> arguments)
    {
        if (package.Value?.ToLowerInvariant() is not ("true" or "false")) return false;
        int index = arguments.IndexOf(package);
        return index > 0 && arguments[index - 1].UnquotedText is { } previous
            && previous.StartsWith("--", StringComparison.Ordinal) && !previous.Contains('=');
    }
}
