using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Rules.ShellCheck;

/// <summary>
/// The per-RUN character flags the SC rules skip scripts by (<see cref="ScriptCharacterScan"/>) and the word
/// prefilter of SC2154: a skipped script or word must never hold what a rule reports.
/// </summary>
public class ScriptCharactersTests
{
    private static RunInstruction Run(string dockerfile) =>
        DockerfileParser.Parse(dockerfile, "Dockerfile").Instructions.OfType<RunInstruction>().Single();

    private static ScriptCharacters FlagsOf(string text)
    {
        var flags = ScriptCharacters.None;
        foreach (char c in text)
        {
            flags |= c switch
            {
                '$' => ScriptCharacters.Dollar,
                '{' or '}' => ScriptCharacters.Brace,
                '\\' => ScriptCharacters.Backslash,
                '`' => ScriptCharacters.Backtick,
                '\'' => ScriptCharacters.SingleQuote,
                '(' => ScriptCharacters.OpenParen,
                _ => ScriptCharacters.None,
            };
        }
        return flags;
    }

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get update && apt-get install -y curl\n", (int)(ScriptCharacters.None))]
    [InlineData("FROM debian:12\nRUN echo $HOME\n", (int)(ScriptCharacters.Dollar))]
    [InlineData("FROM debian:12\nRUN cp a.{c,h} /src && echo 'x'\n", (int)(ScriptCharacters.Brace | ScriptCharacters.SingleQuote))]
    [InlineData("FROM debian:12\nRUN echo `date` $(id -u)\n", (int)(ScriptCharacters.Backtick | ScriptCharacters.Dollar | ScriptCharacters.OpenParen))]
    [InlineData("FROM debian:12\nRUN bash -c $'echo \\x24x'\n", (int)(ScriptCharacters.All))]
    public void Flags_name_the_characters_of_the_RUN(string dockerfile, int expected) =>
        Assert.Equal((ScriptCharacters)expected, ScriptCharacterScan.Of(Run(dockerfile)));

    [Fact]
    public void Heredoc_bodies_count()
    {
        var run = Run("FROM debian:12\nRUN <<EOF\necho ${HOME}\nEOF\n");
        Assert.Equal(ScriptCharacters.Dollar | ScriptCharacters.Brace, ScriptCharacterScan.Of(run));
    }

    [Theory]
    [InlineData("$version", true)]
    [InlineData("${version:-1}", true)]
    [InlineData("${#name}", true)]
    [InlineData("${!ref}", true)]
    [InlineData("x$_Tmp", true)]
    [InlineData("$HOME/${APP_DIR}", false)]
    [InlineData("$1 $? $@", false)]
    [InlineData("no-dollar", false)]
    public void SC2154_splits_only_words_that_may_use_a_lower_case_name(string word, bool expected) =>
        Assert.Equal(expected, SC2154UnassignedVariable.MayUseLowerCaseName(word));

    [SharedDataFact("corpus", "MANIFEST.tsv")]
    public void Every_word_of_every_corpus_RUN_is_covered_by_its_flags()
    {
        string root = SharedData.PathTo("corpus")!;
        int words = 0;
        foreach (string line in File.ReadLines(Path.Combine(root, "MANIFEST.tsv")).Skip(1))
        {
            string relative = line.Split('\t')[0];
            var syntax = DockerfileParser.Parse(File.ReadAllText(Path.Combine(root, relative)), relative);
            // Exec form is never shell-checked (ShellCheckScript.For), and its elements are not in a shell text.
            foreach (var run in syntax.Instructions.OfType<RunInstruction>().Where(r => r.Command is ShellForm))
            {
                var flags = ScriptCharacterScan.Of(run);
                foreach (var command in ShellParser.ParseRun(run).Commands)
                {
                    foreach (var word in AllWords(command))
                    {
                        words++;
                        var needed = FlagsOf(word.Text);
                        if ((needed & ~flags) != 0) Assert.Fail($"{relative}: word '{word.Text}' has {needed}, the RUN's flags are {flags}");
                        if (!SC2154UnassignedVariable.MayUseLowerCaseName(word.Text))
                            Assert.DoesNotContain(word.Parts, p => p.Kind == WordPartKind.Parameter && p.Name.AsSpan().ContainsAnyInRange('a', 'z'));
                    }
                }
            }
        }
        Assert.True(words > 100_000, $"only {words} words");
    }

    private static IEnumerable<ShellWord> AllWords(ShellCommand command)
    {
        foreach (var a in command.Assignments) yield return a.Word;
        foreach (var w in command.Words) yield return w;
        foreach (var r in command.Redirections)
            if (r.Target is { } target) yield return target;
    }
}
