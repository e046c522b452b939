using System.Text.RegularExpressions;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Secrets;
using Dockerfile.Linter.Syntax;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Secrets;

/// <summary>
/// The hand-written scanners and gates against the NonBacktracking regexes they replace or guard: same matches (index,
/// length, name, value) with the same resumption rule, on chosen texts, random texts over the characters that matter,
/// and every RUN and heredoc of the corpus; and each gate true whenever its regex matches.
/// </summary>
public class NamedValueScannerTests
{
    private const string ValuePattern = @"(?<v>""[^""\n]*""|'[^'\n]*'|[^\s;&|()<>'""`\\]+)";
    private static readonly Regex Assignment = Linear(@"(?:^|[^\w$.{/-])(?<name>[A-Za-z_][A-Za-z0-9_]*)=" + ValuePattern);
    private static readonly Regex ExpansionDefault = Linear(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*):?[-=](?<v>[^}$""'\s]+)\}");
    private static readonly Regex UrlWithPassword = Linear(@"(?:^|[^A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*://(?<user>[^\s/:@'""]*):(?<v>[^\s/@'""]+)@[A-Za-z0-9\[]");
    private static readonly Regex ConnectionStringPart = Linear(@"(?:^|[^A-Za-z0-9_])(?<key>AccountKey|SharedAccessKey|SharedAccessSignature|Password|Pwd)=(?<v>[^;'""\s]+)", RegexOptions.IgnoreCase);
    private static readonly Regex LongPasswordOption = Linear(@"(?:^|[^\w-])--(?<flag>[A-Za-z0-9-]*(?:password|passwd|pass|passphrase|secret|token|api-key|apikey|access-key|secret-key|private-key))(?:=|[ \t]+)" + ValuePattern, RegexOptions.IgnoreCase);

    // The characters the patterns distinguish, a few non-ASCII letters, marks and blanks among them.
    private const string Alphabet = "aZ_9=${}:-\"' \n\t;./|&()<>`\\@pPasSwWoOrRdDkKeEyYtTn\u00e9\u0301\u0903\u00a0\u2003\u212a\u203f";

    private static Regex Linear(string pattern, RegexOptions options = RegexOptions.None) =>
        new(pattern, options | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    [Fact]
    public void Word_characters_are_the_regex_class_w()
    {
        var word = new Regex(@"\w", RegexOptions.NonBacktracking);
        for (int c = 0; c <= char.MaxValue; c++)
            Assert.True(word.IsMatch(((char)c).ToString()) == NamedValueScanner.IsRegexWordChar((char)c), $"U+{c:X4}");
    }

    [Fact]
    public void Blanks_are_the_regex_class_s()
    {
        var blank = new Regex(@"\s", RegexOptions.NonBacktracking);
        for (int c = 0; c <= char.MaxValue; c++)
            Assert.True(blank.IsMatch(((char)c).ToString()) == char.IsWhiteSpace((char)c), $"U+{c:X4}");
    }

    [Theory]
    [InlineData("DB_PASSWORD=hunter2 x=1 a.b=c $X=y {Y=z /P=q -Q=r")]
    [InlineData("A=\"unterminated\nB='x y' C=\"\" D= E=;F=(g) 9X=1 _u=v")]
    [InlineData("=a a= ==b a==b a=b=c=d \u00e9X=1 \u0903Y=2 \u203fZ=3 \u212aK=4")]
    [InlineData("X=a${B:-c}d ${A:-b} ${A=b} ${A:=b} ${A:-} ${A:-b c} ${A:-$b} ${9:-x} ${A:x} ${A:-b}}${C-d}")]
    [InlineData("${A:-b${C:-d}e} ${${A:-b}} ${A:-'b'} ${A-\"b\"} ${_:-x")]
    public void Scanners_find_what_the_regexes_find(string text) => AssertSameMatches(text);

    [SeededProperty(MaxTest = 2000)]
    public bool Scanners_agree_with_the_regexes_on_random_text(string? seed)
    {
        string text = OverAlphabet(seed);
        return Matches(text, NamedValueScanner.Assignments).SequenceEqual(RegexMatches(Assignment, text))
            && Matches(text, NamedValueScanner.ExpansionDefaults).SequenceEqual(RegexMatches(ExpansionDefault, text));
    }

    [SeededProperty(MaxTest = 2000)]
    public bool Gates_pass_every_text_the_regexes_match(string? seed)
    {
        string text = OverAlphabet(seed);
        return (!UrlWithPassword.IsMatch(text) || CredentialGates.MayHoldUrlPassword(text))
            && (!ConnectionStringPart.IsMatch(text) || CredentialGates.MayHoldConnectionStringSecret(text))
            && (!LongPasswordOption.IsMatch(text) || CredentialGates.MayHoldPasswordOption(text));
    }

    [Theory]
    [InlineData("curl https://deploy:S3cr3t@example.com/x")]
    [InlineData("git clone git+ssh://a:b@[::1]/r ftp://u:p:q@h")]
    [InlineData("Server=db;Password=S3cr3t;x AccountKey=abc==; PWD=p")]
    [InlineData("wget --http-password=x; tool --API-KEY  y; a ---password=z --no-pass\tw")]
    [InlineData("----------------------password=x")]
    public void Gates_pass_texts_the_regexes_match(string text)
    {
        Assert.True(UrlWithPassword.IsMatch(text) || ConnectionStringPart.IsMatch(text) || LongPasswordOption.IsMatch(text));
        Assert.True(!UrlWithPassword.IsMatch(text) || CredentialGates.MayHoldUrlPassword(text));
        Assert.True(!ConnectionStringPart.IsMatch(text) || CredentialGates.MayHoldConnectionStringSecret(text));
        Assert.True(!LongPasswordOption.IsMatch(text) || CredentialGates.MayHoldPasswordOption(text));
    }

    [Theory]
    [InlineData("apt-get install -y ca-certificates && rm -rf /var/lib/apt/lists/*", new string[0])]
    [InlineData("echo root:x | chpasswd && htpasswd -nb u p", new[] { "passwd" })]
    [InlineData("mysqladmin -u root password x; curl -u a:b https://h", new[] { "mysql", "curl" })]
    [InlineData("aws configure set aws_session_token t && npm config set x y", new[] { "aws_s", "npm" })]
    [InlineData("useradd -p x u; usermod -aG g u; adduser u; mariadb -px", new[] { "useradd", "usermod", "adduser", "mariadb" })]
    public void Command_words_are_the_words_the_text_holds(string text, string[] words)
    {
        uint expected = 0;
        foreach (var word in words) expected |= CredentialGates.CommandWord(word);
        Assert.Equal(expected, CredentialGates.CommandWords(text));
    }

    [SharedDataFact("corpus")]
    public void Scanners_find_what_the_regexes_find_in_every_corpus_script()
    {
        string corpus = SharedData.PathTo("corpus")!;
        int texts = 0;
        foreach (var file in Directory.EnumerateDirectories(corpus).SelectMany(Directory.EnumerateFiles))
        {
            var syntax = DockerfileParser.Parse(DataFiles.ReadExact(file), file);
            foreach (var instruction in syntax.Instructions)
            {
                if (instruction is RunInstruction { Command: ShellForm shell })
                {
                    AssertSameMatches(shell.Text);
                    texts++;
                }
                foreach (var heredoc in instruction.Heredocs) AssertSameMatches(heredoc.Content);
            }
        }
        Assert.True(texts > 1000, $"only {texts} RUN lines in the corpus");
    }

    private static void AssertSameMatches(string text)
    {
        Assert.Equal(RegexMatches(Assignment, text), Matches(text, NamedValueScanner.Assignments));
        Assert.Equal(RegexMatches(ExpansionDefault, text), Matches(text, NamedValueScanner.ExpansionDefaults));
        Assert.True(!UrlWithPassword.IsMatch(text) || CredentialGates.MayHoldUrlPassword(text), text);
        Assert.True(!ConnectionStringPart.IsMatch(text) || CredentialGates.MayHoldConnectionStringSecret(text), text);
        Assert.True(!LongPasswordOption.IsMatch(text) || CredentialGates.MayHoldPasswordOption(text), text);
    }

    private static string OverAlphabet(string? seed) =>
        string.Concat((seed ?? "").Select(c => Alphabet[c % Alphabet.Length]));

    private static List<(int, int, string, string)> Matches(string text, Action<string, List<NamedValue>> scan)
    {
        var found = new List<NamedValue>();
        scan(text, found);
        return found.Select(m => (m.Index, m.Length, text.Substring(m.NameStart, m.NameLength), text.Substring(m.ValueStart, m.ValueLength))).ToList();
    }

    // The resumption rule of CredentialPatterns: one character before the previous match ended, never before it began.
    private static List<(int, int, string, string)> RegexMatches(Regex regex, string text)
    {
        var found = new List<(int, int, string, string)>();
        int from = 0;
        while (from <= text.Length)
        {
            var m = regex.Match(text, from);
            if (!m.Success) break;
            found.Add((m.Index, m.Length, m.Groups["name"].Value, m.Groups["v"].Value));
            from = Math.Max(m.Index + 1, m.Index + m.Length - 1);
        }
        return found;
    }
}
