namespace Dockerfile.Linter.Parsing;

/// <summary>The stable <see cref="Syntax.ParseDiagnostic.Id"/> values the parser reports.</summary>
public static class ParseDiagnosticIds
{
    /// <summary>Error: the file holds no instruction (<c>file with no instructions</c>).</summary>
    public const string NoInstructions = "no-instructions";

    /// <summary>Error: a physical line of 65,536 UTF-8 bytes or more.</summary>
    public const string LineTooLong = "line-too-long";

    /// <summary>Error: a parser directive given twice (<c>only one escape parser directive can be used</c>).</summary>
    public const string DuplicateDirective = "duplicate-directive";

    /// <summary>Error: an <c>escape</c> directive whose value is neither <c>\</c> nor <c>`</c>.</summary>
    public const string InvalidEscape = "invalid-escape";

    /// <summary>Error: legacy <c>ENV key</c> without a value (<c>ENV must have two arguments</c>).</summary>
    public const string EnvMissingValue = "env-missing-value";

    /// <summary>Error: legacy <c>LABEL key</c> without a value (<c>LABEL must have two arguments</c>).</summary>
    public const string LabelMissingValue = "label-missing-value";

    /// <summary>Error: an ENV word without <c>=</c> in the <c>key=value</c> form.</summary>
    public const string EnvMissingEquals = "env-missing-equals";

    /// <summary>Error: a LABEL word without <c>=</c> in the <c>key=value</c> form.</summary>
    public const string LabelMissingEquals = "label-missing-equals";

    /// <summary>Error: a valid JSON array with a non-string element.</summary>
    public const string JsonNonString = "json-non-string";

    /// <summary>Error: a heredoc whose terminator line never comes.</summary>
    public const string UnterminatedHeredoc = "unterminated-heredoc";

    /// <summary>Warning: a whitespace-only line inside a continuation (BuildKit's NoEmptyContinuation).</summary>
    public const string EmptyContinuation = "empty-continuation";

    /// <summary>Warning: ONBUILD nested so deeply that the rest is left unparsed (BuildKit rejects it later anyway).</summary>
    public const string OnbuildTooDeep = "onbuild-too-deep";

    /// <summary>Warning: <c>${…}</c> nested deeper than the linter expands (64 levels; see README "Limits").</summary>
    public const string SubstitutionTooDeep = "substitution-too-deep";

    /// <summary>
    /// Error: text BuildKit's parser accepts but its instruction layer or dispatch refuses (<c>FROM</c> without an
    /// image, <c>COPY onlyone</c>, <c>EXPOSE abc</c> …); found in <see cref="Syntax.Instruction.Refusals"/>, never in
    /// <see cref="Syntax.DockerfileSyntax.Diagnostics"/>.
    /// </summary>
    public const string InstructionRefused = "instruction-refused";

    /// <summary>
    /// Error: an ONBUILD whose trigger is ONBUILD, FROM or MAINTAINER, which BuildKit's instruction layer refuses
    /// (<c>FROM isn't allowed as an ONBUILD trigger</c>); found in <see cref="Syntax.Instruction.Refusals"/>.
    /// </summary>
    public const string OnbuildTriggerRefused = "onbuild-trigger-refused";
}
