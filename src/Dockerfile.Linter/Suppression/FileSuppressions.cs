using System.Collections.Frozen;
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

    // BuildKit runs these over the whole file, outside any instruction: a `# check=` comment above an instruction
    // does not affect them, only the directive does.
    private static readonly FrozenSet<string> s_wholeFileChecks = new[]
    {
        "ConsistentInstructionCasing", "DuplicateStageName", "ReservedStageName", "NoEmptyContinuation",
        "InvalidDefaultArgInFrom", "InvalidBaseImagePlatform",
    }.ToFrozenSet(StringComparer.Ordinal);

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

    /// <summary>
    /// The <c># check=</c> directive's settings, found as BuildKit's frontend finds it (column 1, after an optional
    /// shebang); <see cref="CheckSettings.None"/> when absent or invalid (BuildKit refuses to build with an invalid one).
    /// </summary>
    public CheckSettings FileCheck { get; }

    /// <summary>The build argument that replaces the file's <c># check=</c> directive, as in BuildKit.</summary>
    public const string CheckBuildArg = "BUILDKIT_DOCKERFILE_CHECK";

    /// <summary>
    /// Collects the suppressions of <paramref name="syntax"/>. <paramref name="checkOverride"/> is the value of the
    /// <c>BUILDKIT_DOCKERFILE_CHECK</c> build argument: when given it replaces the <c># check=</c> directive entirely.
    /// </summary>
    public static FileSuppressions Create(DockerfileSyntax syntax, bool inlinePragmas, string? checkOverride = null)
    {
        var pragmas = inlinePragmas ? PragmaParser.FindAll(syntax) : [];
        string? checkValue = checkOverride ?? FrontendDirectives.Find(syntax.Source.Text, "check")?.Value;
        var fileCheck = checkValue is null ? CheckSettings.None : CheckSettings.Parse(checkValue);
        if (!fileCheck.IsValid) fileCheck = CheckSettings.None;

        // A comment covers its instruction and the comment lines above it (findings about those comments, such as
        // InvalidDefinitionDescription's, sit there).
        var perInstruction = ImmutableArray.CreateBuilder<(TextSpan, CheckSettings)>();
        int previousEnd = 0;
        foreach (var instruction in syntax.Instructions)
        {
            int coverStart = previousEnd;
            previousEnd = instruction.FullSpan.End;
            foreach (var comment in instruction.PrecedingComments)
            {
                // Only a comment starting with "check" can match; most are skipped without trimming a copy.
                if (comment.AsSpan().TrimStart() is not [ 'c' or 'C', ..]) continue;
                var match = CheckCommentPattern().Match(comment.Trim());
                if (!match.Success) continue;
                var settings = CheckSettings.Parse(match.Groups["value"].Value);
                if (settings.IsValid) perInstruction.Add((TextSpan.FromBounds(coverStart, instruction.FullSpan.End), settings));
                break;
            }
        }
        return new FileSuppressions(pragmas, fileCheck, perInstruction.ToImmutable());
    }

    /// <summary>True when BuildKit's check settings skip <paramref name="buildKitName"/> for a finding at <paramref name="span"/>.</summary>
    public bool CheckSkips(string buildKitName, TextSpan span)
    {
        if (FileCheck.Skips(buildKitName)) return true;
        if (s_wholeFileChecks.Contains(buildKitName)) return false;
        foreach (var settings in InstructionSettingsAt(span))
            if (settings.Skips(buildKitName)) return true;
        return false;
    }

    /// <summary>True when the directive, or a <c># check=</c> comment above the instruction at <paramref name="span"/>, enables the experimental check <paramref name="buildKitName"/>.</summary>
    public bool CheckEnablesExperimental(string buildKitName, TextSpan span)
    {
        if (FileCheck.EnablesExperimental(buildKitName)) return true;
        foreach (var settings in InstructionSettingsAt(span))
            if (settings.EnablesExperimental(buildKitName)) return true;
        return false;
    }

    private IEnumerable<CheckSettings> InstructionSettingsAt(TextSpan span)
    {
        foreach (var (covers, settings) in _instructionChecks)
            if (span.Start >= covers.Start && span.Start < covers.End) yield return settings;
    }
}
