using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;
using static Dockerfile.Linter.Parsing.Grammar.GrammarParts;

namespace Dockerfile.Linter.Parsing.Grammar;

/// <summary>HEALTHCHECK's type word and where its command starts (relative offsets).</summary>
internal readonly record struct HealthcheckHead(Located<string> Type, int CommandStart);

/// <summary>
/// The command of RUN, CMD, ENTRYPOINT, SHELL and HEALTHCHECK CMD: exec form when the whole text is a JSON array of
/// strings (<see cref="JsonArrayGrammar"/>), otherwise shell form, the text as written. HEALTHCHECK first reads its
/// type word (up to the first blank, <c>parseHealthConfig</c>), then a command in either form.
/// </summary>
internal static class CommandFormGrammar
{
    /// <summary>A shell-form command: the rest of the line.</summary>
    public static readonly Parser<char, Located<string>> ShellForm = Rest.Labelled("a command");

    /// <summary>HEALTHCHECK's type (<c>NONE</c> or <c>CMD</c>, any case) and the blanks after it.</summary>
    public static readonly Parser<char, HealthcheckHead> HealthcheckType = Map(
        (type, commandStart) => new HealthcheckHead(type, commandStart),
        Token(c => !GoText.IsByteSpace(c)).AtLeastOnceString().Spanned().Labelled("NONE or CMD"),
        Token(GoText.IsByteSpace).SkipMany().Then(CurrentOffset));
}
