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
        new SC2002UselessCat(),
        new SC2006Backticks(),
        new SC2013ForOverLines(),
        new SC2015AndOrIsNotIfElse(),
        new SC2016SingleQuotedExpansion(),
        new SC2028EchoEscapes(),
        new SC2035GlobAsOption(),
        new SC2038FindToXargs(),
        new SC2043LoopRunsOnce(),
        new SC2046UnquotedCommandSubstitution(),
        new SC2059VariableInPrintfFormat(),
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
        new SC2164UncheckedCd(),
        new SC2174MkdirModeWithParents(),
        new SC2185FindWithoutPath(),
        new SC2216PipeToNonReader(),
        new SC2251NegationSkipsErrexit(),
    ];
}
