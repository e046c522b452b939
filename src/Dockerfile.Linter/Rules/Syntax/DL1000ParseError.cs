using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Parsing;
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
            `cache`, `tmpfs`, `secret` or `ssh` is reported as well.

            Everything else BuildKit's instruction layer and dispatch refuse although its parser accepts it is
            reported with BuildKit's own error text, followed by what the grammar expected where:

            | Dockerfile | BuildKit's error |
            | --- | --- |
            | `FROM`, `FROM a b`, `FROM a AS b c` | `FROM requires either one or three arguments` |
            | `FROM a AS 1st` | `invalid name for build stage: "1st", name can't start with a number or contain symbols` |
            | `COPY`, `COPY onlyone` (same for `ADD`) | `COPY requires at least two arguments, but only one was provided. Destination could not be determined` |
            | `COPY a <<EOF` | `COPY cannot accept a heredoc as a destination` |
            | `ENV`, `LABEL`, `ARG` | `ENV requires at least one argument` |
            | `ENV =x`, `LABEL =x`, `ARG =x` | `ENV names can not be blank` |
            | `WORKDIR`, `USER`, `STOPSIGNAL`, `MAINTAINER` | `WORKDIR requires exactly one argument` |
            | `EXPOSE`, `VOLUME`, `HEALTHCHECK`, `ONBUILD` | `EXPOSE requires at least one argument` |
            | `VOLUME [""]` | `VOLUME specified can not be an empty string` |
            | `SHELL`, `SHELL []` | `SHELL requires at least one argument` |
            | `RUN`, `RUN []`, `RUN --mount=…` with no command | `RUN requires at least one argument` |
            | `SHELL /bin/sh -c` | `SHELL requires the arguments to be in JSON form` |
            | `HEALTHCHECK NONE x` | `HEALTHCHECK NONE takes no arguments` |
            | `HEALTHCHECK CMD`, `HEALTHCHECK CMD []` | `Missing command after HEALTHCHECK CMD` |
            | `HEALTHCHECK CONNECT x` | `Unknown type "CONNECT" in HEALTHCHECK (try CMD)` |
            | `HEALTHCHECK --interval=abc CMD x` | `time: invalid duration "abc"` (also `time: missing unit in duration "10"`, `time: unknown unit "x" in duration "10x"`) |
            | `HEALTHCHECK --timeout=10us CMD x`, `--interval=-5s` | `Interval "timeout" cannot be less than 1ms` |
            | `HEALTHCHECK --retries=three CMD x` | `strconv.ParseInt: parsing "three": invalid syntax` |
            | `HEALTHCHECK --retries=-1 CMD x` | `--retries cannot be negative (-1)` |
            | `EXPOSE abc`, `EXPOSE 70000` | `invalid containerPort: abc` |
            | `EXPOSE 80/tcpx`, `EXPOSE 80:` | `invalid proto: tcpx`, `no port specified: 80:<empty>` |
            | `EXPOSE x:80`, `EXPOSE 1-2:80-90` | `invalid hostPort: x`, `invalid ranges specified for container and host Ports: 80-90 and 1-2` |

            For example `EXPOSE abc` on line 3 reads `invalid containerPort: abc (expected a port number or range
            after EXPOSE at 3:8)`. EXPOSE words holding a variable, quotes or the escape character are left alone:
            BuildKit expands them first; so are HEALTHCHECK option values holding a variable, and the options of
            `HEALTHCHECK NONE`, which BuildKit never reads. `CMD` and `ENTRYPOINT` without arguments are accepted by BuildKit (an empty
            command) and are not reported; a `RUN` whose only argument is a heredoc (`RUN <<EOF`) has one. ONBUILD triggers BuildKit forbids (`ONBUILD
            ONBUILD`, `FROM`, `MAINTAINER`) are DL3043's, instructions before the first `FROM` are DL3061's.

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
            // a forbidden ONBUILD trigger is DL3043's (reported once, in hadolint's words)
            foreach (var refusal in instruction.Refusals)
                if (refusal.Id != ParseDiagnosticIds.OnbuildTriggerRefused) context.Report(refusal.Span, refusal.Message);
            if (afterFrom && instruction is UnknownInstruction)
                context.Report(instruction.Keyword.Span, $"unknown instruction: {instruction.Keyword.Text}");
            foreach (var flag in KnownInstructionFlags.Unknown(instruction))
                context.Report(flag.Span, $"unknown flag: --{flag.Name} on {instruction.Keyword.Text.ToUpperInvariant()}");
            if (instruction is RunInstruction run)
                foreach (var mount in run.Mounts)
                    if (!MountTypes.Contains(mount.Type) && !mount.Type.Contains('$'))
                        context.Report(mount.Options.FirstOrDefault(o => o.Key == "type")?.Span ?? mount.Flag.Span, $"unsupported mount type \"{mount.Type}\"");
        }
    }
}
