using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3024: two stages with the same name.</summary>
internal sealed class DL3024DuplicateStageName : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3024",
        Name = "duplicate-stage-name",
        Title = "Stage names must be unique",
        MessageFormat = "Duplicate stage name {0}, stage names should be unique",
        Category = RuleCategory.Syntax,
        DefaultSeverity = Severity.Error,
        Hadolint = PresetSetting.On(Severity.Error),
        Aliases = ["DuplicateStageName"],
        Docs = """
            ## What it does
            Reports a `FROM … AS name` whose name was already given to an earlier stage. Names are compared
            case-insensitively, as the builder lower-cases stage names.

            ## Why
            `COPY --from=name` and `FROM name` must point at exactly one stage. BuildKit refuses to build a file with
            two stages of the same name, so the second one is a mistake (usually a copied block whose name was not
            changed).

            ## Example
            ```dockerfile
            FROM golang:1.23 AS build
            RUN go build ./...
            FROM node:22 AS build
            RUN npm run build
            ```

            ## Use instead
            ```dockerfile
            FROM golang:1.23 AS build-api
            RUN go build ./...
            FROM node:22 AS build-web
            RUN npm run build
            ```

            ## Differences from hadolint
            hadolint compares names case-sensitively, so `AS Build` and `AS build` pass there; BuildKit treats them as
            the same name and fails, so they are reported here.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnFile(Check);

    private static void Check(DockerfileSyntax syntax, RuleContext context)
    {
        var firstByName = new Dictionary<string, FromInstruction>(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in syntax.Stages)
        {
            if (stage.From.StageName is not { } name || name.Text.Length == 0) continue;
            if (firstByName.TryGetValue(name.Text, out var first))
                context.Report(name.Span, GoText.Quote(name.Text.ToLowerInvariant()));
            else
                firstByName[name.Text] = stage.From;
        }
    }
}
