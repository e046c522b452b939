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
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Warning),
        PresetRationale = "A tool installed with `go install …@latest` is advice to pin; most findings were modules pinned by the surrounding go.mod.",
        Docs = """
            ## What it does
            Reports `go install` / `go get` of a module without `@version`, or with `@latest`/`@none`; for `go run`
            only the first argument is checked. Local paths (`.`, `./cmd`, `/src`) are fine. A `go install` or
            `go run` of a package without `@version` inside a module is fine too: go takes the version the module's
            `go.mod` requires. The RUN is inside a module when its working directory is, or is below, a folder that
            received a `go.mod` (`COPY go.mod go.sum ./`, or a folder copied whole such as `COPY . .`) or where an
            earlier RUN ran `go mod init`, in the stage or the stages it is built on. `go get pkg` without a version
            is still reported: it upgrades to the newest release. One finding per RUN: its message
            names every unpinned module, it points at the first, and the others are its related locations.

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
        bool first = true;
        foreach (var module in modules)
        {
            if (!module.IsStatic) continue;
            string m = module.Value!;
            // `go install tool NAME` / `go install tool`: the `tool` meta-package, not a module path.
            if (first && m == "tool" && command.Subcommand is "install" or "get")
            {
                first = false;
                continue;
            }
            first = false;
            if (m.StartsWith('.') || m.StartsWith('/') || m.EndsWith(".go", StringComparison.Ordinal)) continue;
            int at = m.LastIndexOf('@');
            // Inside a module, "go install pkg" and "go run pkg" take the version go.mod requires; "go get pkg"
            // still resolves the newest release.
            if (at < 0 && command.Subcommand is "install" or "run" && GoModules.IsInsideModule(context.Run, context.Context)) continue;
            if (at < 0 || m[(at + 1)..] is "latest" or "none" or "") unpinned.Add(module.Span, m);
        }
    }
}
