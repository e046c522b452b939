using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Shell.PackageManagers;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3013: <c>pip install</c> of a package without a pinned version.</summary>
internal sealed class DL3013PipUnpinnedPackage : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3013",
        Name = "pip-unpinned-package",
        Title = "Pin versions in pip install",
        MessageFormat = "{0} installed without a version; use 'package==<version>' or a requirements/constraints file",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "A pip package without a version is advice (lock and constraints files are the usual fix): 1 of 6 audited findings was a real problem.",
        Docs = """
            ## What it does
            Reports a `pip install` (also `pip3`, `python -m pip`, and `pipx install`) with a package that has no version specifier (`==`,
            `>=`, `~=`, `<`, `!=` …). Requirements and constraints files (`-r`, `-c`), local paths, wheels, source
            archives and VCS URLs pinned with `@ref` are fine. A command with a constraints file (`-c`) is not checked
            at all, because the constraints pin every package it installs. One finding per RUN: its message names
            every unpinned package, it points at the first, and the others are its related locations.

            ## Why
            An unpinned package resolves to the newest release at build time: builds stop being repeatable, and a
            new release can break the image without any change to the Dockerfile.

            ## Example
            ```dockerfile
            FROM python:3.12-slim
            RUN pip install --no-cache-dir flask
            ```

            ## Use instead
            ```dockerfile
            FROM python:3.12-slim
            RUN pip install --no-cache-dir flask==3.0.3
            ```
            """,
    };

    private static readonly string[] VersionOperators = ["==", ">=", "<=", "~=", "!=", ">", "<", "==="];

    public override void Register(RuleRegistrar registrar) =>
        registrar.OnRunScript((commands, context) => UnpinnedPackages.Check(commands, context, Collect));

    // pipx installs each application into its own virtual environment; `--spec`, `--python`, `--suffix` and
    // `--pip-args` take values, `--index-url` and `--preinstall` too.
    private static readonly CommandSpec PipxSpec = new("i", ["spec", "python", "suffix", "pip-args", "index-url", "preinstall"]);

    private static void Collect(ShellCommand command, RunCommandContext context, UnpinnedPackages unpinned)
    {
        if (command.EffectiveName == "pipx")
        {
            var (flags, positionals) = command.ParseArguments(PipxSpec);
            if (positionals.IsEmpty || positionals[0].UnquotedText != "install") return;
            // `--spec REQ` says what to install; the positional is then only the application's name.
            if (flags.FirstOrDefault(f => f.Name == "spec") is { Value: { } spec, ValueWord: { } specWord })
            {
                if (specWord.IsStatic && !IsPinned(spec)) unpinned.Add(specWord.Span, spec);
                return;
            }
            unpinned.AddUnpinned(positionals[1..], context, IsPinned);
            return;
        }
        if (!PackageManagerCatalog.Pip.IsInstall(command) || command.HasFlag("c", "constraint")) return;
        unpinned.AddUnpinned(PackageManagerCatalog.Pip.GetPackages(command), context, IsPinned);
    }

    internal static bool IsPinned(string package)
    {
        if (package.StartsWith('-') || package == ".") return true;
        if (VersionOperators.Any(op => package.Contains(op, StringComparison.Ordinal))) return true;
        if (package.EndsWith(".whl", StringComparison.OrdinalIgnoreCase) || package.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase)
            || package.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) return true;
        bool vcs = package.Contains("+", StringComparison.Ordinal) && package.Contains("://", StringComparison.Ordinal);
        if (vcs) return package.LastIndexOf('@') > package.IndexOf("://", StringComparison.Ordinal) + 3;
        return package.Contains('/');
    }
}
