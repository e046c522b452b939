namespace Dockerfile.Linter.Rules;

/// <summary>The rules of category <see cref="RuleCategory.ShellCheck"/>: one line per rule, sorted by code.</summary>
internal static class ShellCheckRules
{
    internal static readonly Rule[] All =
    [
        new SC1001UselessEscape(),
        new SC1012LiteralEscapeLetter(),
        new SC1072ShellSyntaxError(),
        new SC1083LiteralBrace(),
        new SC1088InvalidParenthesis(),
        new SC2006Backticks(),
        new SC2016SingleQuotedExpansion(),
        new SC2046UnquotedCommandSubstitution(),
        new SC2086UnquotedExpansion(),
        new SC2154UnassignedVariable(),
        new SC2155DeclareAndAssignSeparately(),
        new SC3001ProcessSubstitution(),
        new SC3009BraceExpansion(),
        new SC3010DoubleBracket(),
        new SC3014DoubleEqualsInTest(),
        new SC3020AmpersandRedirect(),
        new SC3037EchoFlags(),
        new SC3040SetOption(),
        new SC3044BashBuiltins(),
        new SC3050PrintfQ(),
        new SC3060StringReplacement(),
    ];
}
