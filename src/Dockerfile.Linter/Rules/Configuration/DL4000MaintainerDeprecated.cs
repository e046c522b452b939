using System.Text;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL4000: the deprecated MAINTAINER instruction.</summary>
internal sealed class DL4000MaintainerDeprecated : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL4000",
        Name = "maintainer-deprecated",
        Title = "MAINTAINER is deprecated",
        MessageFormat = "Maintainer instruction is deprecated in favor of using label",
        Category = RuleCategory.Configuration,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Error),
        PresetRationale = "MAINTAINER still works; replacing it with a label is advice, not a broken build.",
        Fix = FixAvailability.Sometimes,
        FixTitle = "Replace with LABEL org.opencontainers.image.authors",
        Aliases = ["MaintainerDeprecated"],
        Docs = """
            ## What it does
            Reports every `MAINTAINER` instruction. When the instruction fits on one line, the fix replaces it with
            an `org.opencontainers.image.authors` label carrying the same text.

            ## Why
            `MAINTAINER` has been deprecated since Docker 1.13. It sets the image's `Author` field, which tools
            rarely read; labels are where image metadata belongs and can be queried with `docker inspect`.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            MAINTAINER Jane Doe <jane@example.com>
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"
            ```

            ## Fix safety
            The fix is marked unsafe: the image gets a label instead of the `Author` field, which changes what
            `docker inspect` shows.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<MaintainerInstruction>(Check);

    private static void Check(MaintainerInstruction maintainer, RuleContext context) =>
        context.Report(maintainer.Span, LabelFix(maintainer, context.Syntax.EscapeCharacter));

    private static Fix? LabelFix(MaintainerInstruction maintainer, char escape)
    {
        if (maintainer.Name is not { } name || maintainer.StartLine != maintainer.EndLine) return null;
        var quoted = new StringBuilder("\"");
        foreach (char c in name.Text)
        {
            if (c == '"' || c == '$' || c == escape) quoted.Append(escape);
            quoted.Append(c);
        }
        quoted.Append('"');
        string keyword = maintainer.Keyword.Text.All(char.IsLower) ? "label" : "LABEL";
        return new Fix("Replace with LABEL org.opencontainers.image.authors",
            [new TextEdit(maintainer.Span, $"{keyword} org.opencontainers.image.authors={quoted}")],
            FixSafety.Unsafe);
    }
}
