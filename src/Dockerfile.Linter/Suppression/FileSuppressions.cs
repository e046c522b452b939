using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Suppression;

/// <summary>Every suppression that applies in one file: inline pragmas and BuildKit check settings.</summary>
internal sealed partial class FileSuppressions
{
    [GeneratedRegex(@"^check\s*=(?<value>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CheckCommentPattern();

    private readonly ImmutableArray<(TextSpan Span, CheckSettings Settings)> _instructionChecks;

    private FileSuppressions(ImmutableArray<SuppressionPragma> pragmas, CheckSettings fileCheck,
        ImmutableArray<(TextSpan, CheckSettings)> instructionChecks)
    {
        Pragmas = pragmas;
        FileCheck = fileCheck;
        _instructionChecks = instructionChecks;
    }

    /// <summary>Inline pragmas in file order (empty when inline suppressions are disabled).</summary>
    public ImmutableArray<SuppressionPragma> Pragmas { get; }

    /// <summary>The <c># check=</c> directive's settings, found as BuildKit's frontend finds it.</summary>
    public CheckSettings FileCheck { get; }

    public static FileSuppressions Create(DockerfileSyntax syntax, bool inlinePragmas)
    {
        var pragmas = inlinePragmas ? PragmaParser.FindAll(syntax) : [];
        // BuildKit's frontend finds `check` with its own scanner (column-1 `#`, a first-line shebang skipped).
        var directive = FrontendDirectives.Find(syntax.Source.Text, "check")?.FullValue;
        var fileCheck = directive is null ? CheckSettings.None : CheckSettings.Parse(directive);

        var perInstruction = ImmutableArray.CreateBuilder<(TextSpan, CheckSettings)>();
        foreach (var instruction in syntax.Instructions)
        {
            foreach (var comment in instruction.PrecedingComments)
            {
                var match = CheckCommentPattern().Match(comment.Trim());
                if (!match.Success) continue;
                var settings = CheckSettings.Parse(match.Groups["value"].Value);
                if (settings.IsValid) perInstruction.Add((instruction.FullSpan, settings));
                break;
            }
        }
        return new FileSuppressions(pragmas, fileCheck, perInstruction.ToImmutable());
    }

    /// <summary>True when BuildKit's check settings skip <paramref name="buildKitName"/> for a finding at <paramref name="span"/>.</summary>
    public bool CheckSkips(string buildKitName, TextSpan span)
    {
        if (FileCheck.Skips(buildKitName)) return true;
        foreach (var (covers, settings) in _instructionChecks)
        {
            if (span.Start >= covers.Start && span.Start < covers.End && settings.Skips(buildKitName)) return true;
        }
        return false;
    }
}
