using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Secrets;
using Dockerfile.Linter.Syntax;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Secrets;

/// <summary>
/// The shortcuts in front of the secret scanners against the plain judgements they stand for: the one search for every
/// format literal and command word finds what a search per word finds, and each necessary condition (a message that
/// cannot hold a secret, a name that cannot be a secret name) is true whenever the full judgement finds something, on
/// chosen texts, the secret samples and every text of the corpus.
/// </summary>
public class SecretShortcutTests
{
    private static readonly (string Word, ulong Bits)[] PlainAnchors =
    [
        .. KnownSecretFormats.ExactLiterals().Select(l => (l.Literal, 1ul << l.Format)),
        .. CredentialGates.CommandWordList.Select(w => (w, (ulong)CredentialGates.CommandWord(w) << 32)),
    ];

    // Texts that hold a secret a message must not show, one per kind ScanForDisplay finds.
    public static TheoryData<string> DisplaySecrets()
    {
        var data = new TheoryData<string>
        {
            "curl https://deploy:hunter22@files.example.com/app.tar.gz",
            "DefaultEndpointsProtocol=https;AccountName=a;AccountKey=" + FakeSecrets.Token("", 40) + ";EndpointSuffix=x",
            "Server=db;Database=app;Password=hunter22;",
            "wget --http-password=hunter22 https://files.example.com/tool.tar.gz",
            "mysql -uroot -phunter22 app < dump.sql",
            "curl -u bot:hunter22 https://api.example.com",
            "sshpass -p hunter22 ssh host",
            "echo root:hunter22 | chpasswd",
            "openssl rsa -in k.pem -passin pass:hunter22",
            "aws configure set aws_secret_access_key " + FakeSecrets.Token("", 40),
            "aws_secret_access_key: " + FakeSecrets.Token("", 40),
            "AWS_SECRET_ACCESS_KEY=" + FakeSecrets.Token("", 40),
            "npm config set //registry.npmjs.org/:_authToken " + FakeSecrets.Token("", 36),
            "htpasswd -nb admin hunter22",
            "useradd -p hunter22 app",
        };
        foreach (object[] row in KnownSecretFormatsTests.Tokens())
            data.Add($"{row[1]} holds '{row[0]}' in the message");
        data.Add("-----BEGIN RSA PRIVATE KEY-----\n" + FakeSecrets.Token("", 64));
        return data;
    }

    [Theory]
    [MemberData(nameof(DisplaySecrets))]
    public void Display_gate_passes_every_sample_secret(string text)
    {
        Assert.NotEmpty(SecretScanner.ScanForDisplay(text));
        Assert.True(SecretScanner.MayHoldDisplaySecret(text));
        Assert.Equal(Plain(text), SecretAnchors.Find(text));
    }

    [Theory]
    [InlineData("Delete the apt-get lists after installing something")]
    [InlineData("Always tag the version of an image explicitly")]
    [InlineData("Use WORKDIR to switch to a directory")]
    [InlineData("Multiple consecutive `RUN` instructions. Consider consolidation.")]
    [InlineData("RUN uses a secret mount; keep the build secret out of the image")]   // "secret" without ':' or '='
    public void Display_gate_rejects_messages_that_cannot_hold_a_secret(string message)
    {
        Assert.False(SecretScanner.MayHoldDisplaySecret(message));
        Assert.Same(message, SecretMask.MaskSecretsIn(message));
    }

    [Theory]
    [InlineData("Use --no-install-recommends")]
    [InlineData("Set ENV PATH=/usr/local/bin")]
    [InlineData("See https://docs.docker.com for details")]
    [InlineData("docker build needs a context")]
    [InlineData("the Secret: is shown")]
    [InlineData("caf\u00e9: a non-ASCII text")]
    public void Display_gate_passes_messages_with_a_shape_it_cannot_rule_out(string message) =>
        Assert.True(SecretScanner.MayHoldDisplaySecret(message));

    [Theory]
    [InlineData("apt-get update && apt-get install -y curl docker-ce npm")]
    [InlineData("npm_config_cache=/tmp npm ci && echo AKIA ASIA xoxp sk- eyJ SG. hvs.")]
    [InlineData("mysqladmin -u root password x; curl -u a:b https://h; echo machine aws_s pass: passwd")]
    [InlineData("")]
    public void Anchors_are_the_literals_and_command_words_the_text_holds(string text) =>
        Assert.Equal(Plain(text), SecretAnchors.Find(text));

    [Theory]
    [InlineData("PATH")]
    [InlineData("NODE_VERSION")]
    [InlineData("DB_PASSWORD")]
    [InlineData("api-key")]
    [InlineData("GITHUBTOKEN")]
    [InlineData("OKTA_OAUTH2_CLIENTSECRET")]
    [InlineData("Pword")]
    [InlineData("AUTH")]
    [InlineData("X_CREDENTIALS")]
    [InlineData("API_\u212aEY")]   // the Kelvin sign lower-cases to 'k'
    public void Name_gate_passes_every_secret_name(string name) =>
        Assert.True(!DL3064SecretNameInArgOrEnv.LooksLikeSecretByWords(name) || DL3064SecretNameInArgOrEnv.MayLookLikeSecret(name));

    [Fact]
    public void Name_gate_sends_non_ascii_names_to_the_full_judgement()
    {
        Assert.True(DL3064SecretNameInArgOrEnv.LooksLikeSecretByWords("API_\u212aEY"));
        Assert.True(DL3064SecretNameInArgOrEnv.MayLookLikeSecret("API_\u212aEY"));
        Assert.False(DL3064SecretNameInArgOrEnv.MayLookLikeSecret("NODE_VERSION"));
    }

    [Theory]
    [InlineData("mysql -uroot -phunter22 app")]
    [InlineData("mysql -uroot\n-phunter22 app")]   // the blank before -p is the line break
    [InlineData("apt-get install -y default-mysql-client && mkdir -p /app")]
    [InlineData("docker login -u bot -p hunter22 registry")]
    [InlineData("docker\nlogin -u bot -p hunter22 registry")]
    [InlineData("curl -u bot:hunter22 https://h && curl --user bot:hunter22 https://h")]
    [InlineData("curl -fsSL https://h | sh && useradd -u 1000 app")]
    [InlineData("useradd -m -p hunter22 app; usermod -p x u; adduser -p y v")]
    [InlineData("mysqladmin -u root password hunter22")]
    public void Password_command_gates_pass_every_text_their_regex_matches(string text) => AssertGatesPass(text);

    [SharedDataFact("corpus")]
    public void Password_command_gates_pass_every_corpus_script_their_regex_matches()
    {
        int scripts = 0;
        foreach (var text in CorpusScripts())
        {
            AssertGatesPass(text);
            scripts++;
        }
        Assert.True(scripts > 1000, $"only {scripts} scripts");
    }

    private static void AssertGatesPass(string text)
    {
        foreach (var (pattern, _) in CredentialPatterns.PasswordCommandPatterns.Append((CredentialPatterns.PackageManagerConfigSetPattern, 0u)))
            Assert.True(!pattern.Regex.IsMatch(text) || pattern.MayMatch(text), $"{pattern.Regex}: {text}");
    }

    private static IEnumerable<string> CorpusScripts()
    {
        if (SharedData.PathTo("corpus") is not { } corpus) yield break;
        foreach (var file in Directory.EnumerateDirectories(corpus).SelectMany(Directory.EnumerateFiles))
            foreach (var instruction in DockerfileParser.Parse(DataFiles.ReadExact(file), file).Instructions)
            {
                if (instruction is RunInstruction { Command: ShellForm shell }) yield return shell.Text;
                foreach (var heredoc in instruction.Heredocs) yield return heredoc.Content;
            }
    }

    [SharedDataFact("corpus")]
    public void Shortcuts_agree_with_the_plain_judgements_on_every_corpus_text()
    {
        var (texts, names) = CorpusTexts();
        int skipped = 0;
        foreach (var text in texts)
        {
            Assert.Equal(Plain(text), SecretAnchors.Find(text));
            if (SecretScanner.MayHoldDisplaySecret(text)) continue;
            skipped++;
            Assert.Empty(SecretScanner.ScanForDisplay(text));
        }
        foreach (var name in names)
            Assert.True(!DL3064SecretNameInArgOrEnv.LooksLikeSecretByWords(name) || DL3064SecretNameInArgOrEnv.MayLookLikeSecret(name), name);
        Assert.True(texts.Count > 50_000, $"only {texts.Count} corpus texts");
        Assert.True(skipped > 0);
    }

    private static ulong Plain(string text)
    {
        ulong bits = 0;
        foreach (var (word, bit) in PlainAnchors)
            if (text.Contains(word, StringComparison.Ordinal)) bits |= bit;
        return bits;
    }

    // Every RUN command, heredoc, ARG/ENV/LABEL value and source line of the corpus, and every ARG/ENV/LABEL name.
    private static (List<string> Texts, List<string> Names) CorpusTexts()
    {
        var texts = new List<string>();
        var names = new List<string>();
        if (SharedData.PathTo("corpus") is not { } corpus) return (texts, names);
        foreach (var file in Directory.EnumerateDirectories(corpus).SelectMany(Directory.EnumerateFiles))
        {
            string source = DataFiles.ReadExact(file);
            texts.AddRange(source.Split('\n'));
            foreach (var instruction in DockerfileParser.Parse(source, file).Instructions)
            {
                var target = instruction is OnbuildInstruction { Trigger: { } trigger } ? trigger : instruction;
                if (target is RunInstruction { Command: ShellForm shell }) texts.Add(shell.Text);
                foreach (var heredoc in target.Heredocs) texts.Add(heredoc.Content);
                if (target is KeyValueInstruction kv)
                    foreach (var pair in kv.Pairs)
                    {
                        names.Add(pair.Key.Text);
                        texts.Add(pair.Value.Text);
                    }
                if (target is ArgInstruction arg)
                    foreach (var declaration in arg.Declarations)
                    {
                        names.Add(declaration.Name.Text);
                        if (declaration.DefaultValue is { } value) texts.Add(value.Text);
                    }
            }
        }
        return (texts, names);
    }
}
