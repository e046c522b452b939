using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF1201: a physical line of a RUN, ENV or LABEL that is longer than the configured limit.</summary>
internal sealed class DF1201LongLine : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF1201",
        Name = "long-line",
        Title = "Break long RUN, ENV and LABEL lines",
        MessageFormat = "Line is {0} characters long (limit {1}); break it with line continuations",
        Category = RuleCategory.Style,
        DefaultSeverity = Severity.Style,
        EnabledByDefault = false,
        PresetRationale = "Line length is mostly long URLs and package names (3,960 findings in 1,480 corpus files); DF1202 reports what hurts readability.",
        Settings = [new RuleSetting("max-length", RuleSettingKind.PositiveInteger, "120") { Description = "The longest a physical line of a RUN, ENV or LABEL may be, in characters." }],
        Docs = """
            ## What it does
            Reports a physical line of a `RUN`, `ENV` or `LABEL` instruction that is longer than a limit (120
            characters unless configured). The part past the limit is marked. Lines that cannot be shortened by
            breaking at a space (a single word longer than the limit, such as a long URL) are not reported, and
            neither are comment lines or heredoc bodies.

            ## Why
            Long lines scroll off the screen in editors and code review, and a change to one command of a long line
            shows up as a change of the whole line in diffs. Splitting the instruction with `\` continuations, one
            command or one setting per line, keeps it readable and its history clear.

            ## Example
            ```dockerfile
            FROM debian:12
            RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl git gnupg openssh-client unzip xz-utils && rm -rf /var/lib/apt/lists/*
            ```

            ## Use instead
            ```dockerfile
            FROM debian:12
            RUN apt-get update \
                && apt-get install -y --no-install-recommends ca-certificates curl git gnupg openssh-client unzip xz-utils \
                && rm -rf /var/lib/apt/lists/*
            ```

            ## Options
            `max-length` (default 120): the longest allowed physical line, e.g. in `.dockerfile-lint.yaml`:
            `settings: { DF1201: { max-length: 100 } }` (or `LintOptions.RuleSettings["DF1201"]["max-length"]`).
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<Instruction>(Check);

    private static void Check(Instruction instruction, RuleContext context)
    {
        if (instruction.Kind is not (InstructionKind.Run or InstructionKind.Env or InstructionKind.Label)) return;
        int maxLength = context.GetIntegerSetting("max-length");
        var source = context.Source;
        int logicalEnd = Math.Max(instruction.ArgumentsSpan.End, instruction.Keyword.Span.End) - 1;
        int lastLine = source.GetLinePosition(logicalEnd).Line;
        for (int line = instruction.StartLine; line <= lastLine; line++)
        {
            string text = source.GetLineText(line);
            if (text.Length <= maxLength || text.TrimStart().StartsWith('#')) continue;
            if (!CanBeBroken(text, maxLength)) continue;
            int start = source.GetLineStart(line);
            context.Report(new TextSpan(start + maxLength, text.Length - maxLength), text.Length, maxLength);
        }
    }

    /// <summary>True when the line has a break point and no single word longer than the limit.</summary>
    private static bool CanBeBroken(string line, int maxLength)
    {
        var words = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words.All(w => w.Length < maxLength);
    }
}
