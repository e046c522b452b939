using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL1000: the file does not parse as BuildKit parses it.</summary>
internal sealed class DL1000ParseError : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL1000",
        Name = "parse-error",
        Title = "The Dockerfile does not parse",
        MessageFormat = "{0}",
        Category = RuleCategory.Syntax,
        DefaultSeverity = Severity.Error,
        Hadolint = PresetSetting.On(Severity.Error),
        Docs = """
            ## What it does
            Reports every error the parser finds: text BuildKit would refuse before building anything, such as an
            unterminated heredoc, a bad `# escape=` directive or an instruction without its required arguments. An
            unknown instruction (`RUNN`, `FROMM`) after the first `FROM` is reported too: BuildKit's parser accepts it
            but the build stops with `unknown instruction` (before the first `FROM`, DL3061 reports it). So is a flag
            the instruction does not take (`RUN --foo`, `COPY --mount`, any flag on `ENV`): the build stops with
            `unknown flag`. Flag names are case-sensitive, as in BuildKit. A `RUN --mount` type other than `bind`,
            `cache`, `tmpfs`, `secret` or `ssh` is reported as well, and so are HEALTHCHECK values the build refuses:
            a type other than `CMD`/`NONE`, a duration option that is not a Go duration (`30s`, `1m30s`) or is
            below 1ms, and a negative or non-numeric `--retries`.

            ## Why
            `docker build` stops at the first parse error. The linter keeps going and checks every other instruction,
            so one broken line does not hide the rest of the findings.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            RUN <<EOF
            echo never terminated
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            RUN <<EOF
            echo terminated
            EOF
            ```

            ## Differences from hadolint
            hadolint stops at the first parse error and reports nothing else for the file, always at column 1.
            Here each error has its exact range, the rest of the file is still linted, and the findings can be
            suppressed like any other (`# hadolint global ignore=DL1000`). BuildKit's parse warnings (an empty
            line inside a continuation) are left to their own rule.
            """,
    };

    private static readonly string[] MountTypes = ["bind", "cache", "tmpfs", "secret", "ssh"];

    public override void Register(RuleRegistrar registrar) => registrar.OnFile(Check);

    private static void Check(DockerfileSyntax syntax, RuleContext context)
    {
        foreach (var diagnostic in syntax.Diagnostics)
            if (diagnostic.Severity == Severity.Error) context.Report(diagnostic.Span, diagnostic.Message);
        bool afterFrom = false;
        foreach (var instruction in syntax.Instructions)
        {
            afterFrom |= instruction is FromInstruction;
            if (afterFrom && instruction is UnknownInstruction)
                context.Report(instruction.Keyword.Span, $"unknown instruction: {instruction.Keyword.Text}");
            foreach (var flag in KnownInstructionFlags.Unknown(instruction))
                context.Report(flag.Span, $"unknown flag: --{flag.Name} on {instruction.Keyword.Text.ToUpperInvariant()}");
            if (instruction is HealthcheckInstruction healthcheck)
                foreach (var (span, message) in HealthcheckOptions.Problems(healthcheck))
                    context.Report(span, message);
            if (instruction is RunInstruction run)
                foreach (var mount in run.Mounts)
                    if (!MountTypes.Contains(mount.Type) && !mount.Type.Contains('$'))
                        context.Report(mount.Options.FirstOrDefault(o => o.Key == "type")?.Span ?? mount.Flag.Span, $"unsupported mount type \"{mount.Type}\"");
        }
    }
}
