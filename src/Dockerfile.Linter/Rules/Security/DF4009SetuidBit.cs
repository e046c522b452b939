using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF4009: <c>chmod u+s</c>, <c>chmod 4755</c> and the like add a setuid bit to a file in the image.</summary>
internal sealed class DF4009SetuidBit : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF4009",
        Name = "setuid-bit-added",
        Title = "Setuid bit added to a file",
        MessageFormat = "Mode '{0}' sets the setuid bit: the program runs as its owner (usually root) whoever starts it",
        Category = RuleCategory.Security,
        DefaultSeverity = Severity.Warning,
        PresetRationale = "Corpus: 32 findings in 32 files, all real: webdevops' php images run chmod +s /sbin/gosu (any user becomes root), oracle's RAC images add 4755/4711 binaries.",
        Docs = """
            ## What it does
            Reports `chmod`, `install -m` and `COPY --chmod` modes that set the setuid bit: symbolic `u+s`, `+s`,
            `a+s`, `ug+s`, `u=rwxs`, and octal modes whose special digit includes 4 (`4755`, `6755`, `04711`).
            The setgid bit alone (`g+s`, `2775`, common on shared directories) is not reported.

            ## Why
            A setuid program runs with the rights of its owner. Owned by root, any bug in it — or any program
            that can be made to run through it — hands root to the unprivileged user the container runs as. Base
            images keep the set of setuid programs small on purpose, and `--security-opt no-new-privileges`
            exists because of them.

            ## Example
            ```dockerfile
            FROM debian:12-slim
            COPY tool /usr/local/bin/tool
            RUN chmod u+s /usr/local/bin/tool
            USER nobody
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12-slim
            COPY tool /usr/local/bin/tool
            RUN chmod 0755 /usr/local/bin/tool
            USER nobody
            ```
            Give the program the one capability it needs (`setcap cap_net_bind_service=+ep`), or run that part as root.
            """,
    };

    public override void Register(RuleRegistrar registrar)
    {
        registrar.OnInstruction<RunInstruction>(CheckRun);
        registrar.OnInstruction<FileTransferInstruction>((copy, context) =>
        {
            if (copy.GetFlag("chmod") is { Value: { } mode, ValueSpan: { } span } && SetsSetuid(mode)) context.Report(span, mode);
        });
    }

    private static void CheckRun(RunInstruction run, RuleContext context)
    {
        foreach (var command in context.PosixScript(run).Commands)
        {
            var effective = command.Effective;
            ShellWord? modeWord = effective.BaseName switch
            {
                "chmod" => effective.PositionalArguments.FirstOrDefault(),
                "install" => command.GetFlag("m", "mode")?.ValueWord,
                _ => null,
            };
            if (modeWord?.Value is { } mode && SetsSetuid(mode)) context.Report(modeWord.Span, mode);
        }
    }

    /// <summary>True when an octal or symbolic chmod mode turns the setuid bit on.</summary>
    internal static bool SetsSetuid(string mode)
    {
        if (mode.Length > 0 && mode.All(c => c is >= '0' and <= '7'))
        {
            string digits = mode.TrimStart('0');
            return digits.Length == 4 && ((digits[0] - '0') & 4) != 0;
        }
        foreach (var clause in mode.Split(','))
        {
            int i = 0;
            bool user = false, classes = false;
            for (; i < clause.Length && clause[i] is 'u' or 'g' or 'o' or 'a'; i++)
            {
                classes = true;
                user |= clause[i] is 'u' or 'a';
            }
            if (classes && !user) continue;
            // actions: +s or =...s turn it on; a later -s in the same clause turns it off again
            bool on = false;
            char op = ' ';
            for (; i < clause.Length; i++)
            {
                char c = clause[i];
                if (c is '+' or '-' or '=') { op = c; if (c == '=') on = false; continue; }
                if (c == 's') on = op is '+' or '=';
            }
            if (on) return true;
        }
        return false;
    }
}
