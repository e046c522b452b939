using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3062: <c>go install</c> of a module without a version.</summary>
internal sealed class DL3062GoUnpinnedModule : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3062",
        Name = "go-unpinned-module",
        Title = "Pin versions in go install",
        MessageFormat = "{0} installed without a fixed version; use 'module@vX.Y.Z'",
        Category = RuleCategory.PackageManagers,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Reports `go install` / `go get` of a module without `@version`, or with `@latest`/`@none`; for `go run`
            only the first argument is checked. Local paths (`.`, `./cmd`, `/src`) are fine. One finding per RUN: its
            message names every unpinned module, it points at the first, and the others are its related locations.

            ## Why
            Without a version go resolves the newest release at build time: builds stop being repeatable.

            ## Example
            ```dockerfile
            FROM golang:1.23
            RUN go install golang.org/x/tools/gopls@latest
            ```

            ## Use instead
            ```dockerfile
            FROM golang:1.23
            RUN go install golang.org/x/tools/gopls@v0.16.2
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) =>
        registrar.OnRunScript((commands, context) => UnpinnedPackages.Check(commands, context, Collect, "Module"));

    private static void Collect(ShellCommand command, RunCommandContext context, UnpinnedPackages unpinned)
    {
        if (command.EffectiveName != "go" || command.Subcommand is not ("install" or "get" or "run")) return;
        var modules = command.PositionalArguments.Skip(1);
        if (command.Subcommand == "run") modules = modules.Take(1);
        foreach (var module in modules)
        {
            if (!module.IsStatic) continue;
            string m = module.Value!;
            if (m.StartsWith('.') || m.StartsWith('/') || m.EndsWith(".go", StringComparison.Ordinal)) continue;
            int at = m.LastIndexOf('@');
            if (at < 0 || m[(at + 1)..] is "latest" or "none" or "") unpinned.Add(module.Span, m);
        }
    }
}
