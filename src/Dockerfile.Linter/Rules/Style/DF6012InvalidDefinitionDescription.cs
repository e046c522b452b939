using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF6012: a comment above a named stage or an ARG that is not a description of it (BuildKit's experimental InvalidDefinitionDescription).</summary>
internal sealed class DF6012InvalidDefinitionDescription : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF6012",
        Name = "invalid-definition-description",
        Title = "Comments above stages and ARGs should describe them",
        MessageFormat = "Comment for {0} should follow the format: `# {1} <description>`",
        Category = RuleCategory.Style,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Style,
        EnabledByDefault = false,
        PresetRationale = "The comment format it asks for is a BuildKit experiment; comments are cosmetics.",
        Aliases = ["InvalidDefinitionDescription"],
        Docs = """
            ## What it does
            Off by default (experimental in BuildKit too). For `FROM … AS name` and for `ARG`, looks at the last
            comment line collected above the instruction: its first word must be the stage name or one of the ARG
            names, as in `# version selects the release to install`. Otherwise the instruction is reported where BuildKit
            reports it, on the stage name or the ARG names, with the comment as a related location.
            As in BuildKit, blank lines between the comment and the instruction do not detach it; a bare `#` line
            does. Enable it with the linter options or, as in BuildKit, `#
            check=experimental=InvalidDefinitionDescription`.

            ## Why
            `docker buildx build --call=outline` and `--call=targets` show these comments as the description of
            build arguments and stages. A comment that does not start with the name is not picked up as a
            description, or describes the wrong thing.

            ## Example
            ```dockerfile
            # Pick the Go release
            ARG GO_VERSION=1.23
            FROM golang:${GO_VERSION}
            ```

            ## Use instead
            ```dockerfile
            # GO_VERSION selects the Go release
            ARG GO_VERSION=1.23
            FROM golang:${GO_VERSION}
            ```
            ## Differences from hadolint
            hadolint has no such rule. BuildKit marks the `FROM`/`ARG` instruction (its checks only record line
            ranges); this rule marks the stage name or the ARG names on that line.
            """,
    };

    public override void Register(RuleRegistrar registrar)
    {
        registrar.OnInstruction<FromInstruction>(CheckFrom);
        registrar.OnInstruction<ArgInstruction>(CheckArg);
    }

    private static void CheckFrom(FromInstruction from, RuleContext context)
    {
        if (from.StageName is not { } name) return;
        Check(from, name.Span, "FROM", [name.Text, name.Text.ToLowerInvariant()], name.Text.ToLowerInvariant(), context);
    }

    private static void CheckArg(ArgInstruction arg, RuleContext context)
    {
        if (arg.Declarations.IsEmpty) return;
        var names = arg.Declarations.Select(d => d.Name.Text).ToList();
        var where = TextSpan.FromBounds(arg.Declarations[0].Name.Span.Start, arg.Declarations[^1].Name.Span.End);
        Check(arg, where, "ARG", names, names.Count == 1 ? names[0] : "<arg_key>", context);
    }

    // Reported on the ARG/FROM line the comment describes, as BuildKit does; the comment is a related location.
    private static void Check(Instruction instruction, TextSpan where, string kind, IReadOnlyCollection<string> names, string example, RuleContext context)
    {
        if (instruction.PrecedingComments.IsEmpty) return;
        string last = instruction.PrecedingComments[^1];
        string firstWord = last.Split(' ')[0];
        if (names.Contains(firstWord)) return;
        context.Report(where, [new RelatedSpan(LastCommentSpan(instruction, context.Syntax), "the comment")], null, kind, example);
    }

    private static TextSpan LastCommentSpan(Instruction instruction, DockerfileSyntax syntax)
    {
        Comment? last = null;
        foreach (var comment in syntax.Comments)
        {
            if (comment.Span.Start >= instruction.Span.Start) break;
            last = comment;
        }
        return last?.Span ?? instruction.Keyword.Span;
    }
}
