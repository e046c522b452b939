using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF6004: an instruction keyword not written in the file's majority casing (BuildKit's ConsistentInstructionCasing).</summary>
internal sealed class DF6004ConsistentInstructionCasing : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF6004",
        Name = "inconsistent-instruction-casing",
        Title = "Instruction keywords should all use the same casing",
        MessageFormat = "Command '{0}' should match the case of the command majority ({1})",
        Category = RuleCategory.Style,
        DefaultSeverity = Severity.Style,
        PresetRationale = "Casing is cosmetics.",
        Fix = FixAvailability.Always,
        FixTitle = "Write the keyword in the file's casing",
        Aliases = ["ConsistentInstructionCasing"],
        Docs = """
            ## What it does
            Counts the keywords of every `FROM` and every instruction inside a stage that are written all lower-case
            or all upper-case; the larger group is the file's casing (a tie counts as upper-case). Every keyword that
            is not written in that casing is reported, mixed-case ones (`Run`) included. This is BuildKit's
            `ConsistentInstructionCasing` check: `ARG`s before the first `FROM` are neither counted nor checked, and
            the instruction wrapped by an `ONBUILD` is not looked at (only the `ONBUILD` keyword is). The fix rewrites
            the keyword in the majority casing.

            ## Why
            The builder accepts any casing, so mixed files are legal, but they are harder to read and to grep. Most
            Dockerfiles use upper-case keywords; a stray `run` or `Copy` usually comes from copy and paste.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            run echo hello
            COPY app /app
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            RUN echo hello
            COPY app /app
            ```
            ## Differences from hadolint
            hadolint has no such rule. BuildKit marks the whole instruction (its checks only record line ranges); this
            rule marks the keyword. Instructions
            the builder does not know (`FOO bar`) are left to the parse-error rule.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnFile(Check);

    private static void Check(DockerfileSyntax syntax, RuleContext context)
    {
        // Two walks over the keywords (FROM, then the stage's instructions) rather than a list of them.
        int lower = 0, upper = 0;
        foreach (var stage in syntax.Stages)
        {
            Count(stage.From.Keyword, ref lower, ref upper);
            foreach (var instruction in stage.Instructions)
                if (instruction is not UnknownInstruction) Count(instruction.Keyword, ref lower, ref upper);
        }
        bool majorityLower = lower > upper;
        foreach (var stage in syntax.Stages)
        {
            CheckKeyword(stage.From.Keyword, majorityLower, context);
            foreach (var instruction in stage.Instructions)
                if (instruction is not UnknownInstruction) CheckKeyword(instruction.Keyword, majorityLower, context);
        }
    }

    private static void Count(Word keyword, ref int lower, ref int upper)
    {
        if (IsWrittenIn(keyword.Text, upperCase: false)) lower++;
        else if (IsWrittenIn(keyword.Text, upperCase: true)) upper++;
    }

    private static void CheckKeyword(Word keyword, bool majorityLower, RuleContext context)
    {
        if (IsWrittenIn(keyword.Text, upperCase: !majorityLower)) return;
        string wanted = majorityLower ? keyword.Text.ToLowerInvariant() : keyword.Text.ToUpperInvariant();
        var fix = new Fix($"Write '{wanted}'", [new TextEdit(keyword.Span, wanted)]);
        context.Report(keyword.Span, fix, keyword.Text, majorityLower ? "lowercase" : "uppercase");
    }

    /// <summary>
    /// True when <paramref name="text"/> equals its lower-case (or upper-case) form; a keyword of ASCII letters is
    /// checked without making that form.
    /// </summary>
    private static bool IsWrittenIn(string text, bool upperCase)
    {
        foreach (char c in text)
        {
            if (!char.IsAscii(c)) return text == (upperCase ? text.ToUpperInvariant() : text.ToLowerInvariant());
            if (upperCase ? char.IsAsciiLetterLower(c) : char.IsAsciiLetterUpper(c)) return false;
        }
        return true;
    }
}
