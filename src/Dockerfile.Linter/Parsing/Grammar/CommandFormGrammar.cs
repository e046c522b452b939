using Pidgin;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;
using static Dockerfile.Linter.Parsing.Grammar.GrammarParts;

namespace Dockerfile.Linter.Parsing.Grammar;

/// <summary>
/// The command of RUN, CMD, ENTRYPOINT, SHELL and HEALTHCHECK CMD: exec form when the whole text is a JSON array of
/// strings (<see cref="JsonArrayGrammar"/>), otherwise shell form, the text as written. HEALTHCHECK reads its type
/// word first (<see cref="HealthcheckGrammar"/>).
/// </summary>
internal static class CommandFormGrammar
{
    /// <summary>A shell-form command: the rest of the line.</summary>
    public static readonly Parser<char, Located<string>> ShellForm = Rest.Labelled("a command");
}
