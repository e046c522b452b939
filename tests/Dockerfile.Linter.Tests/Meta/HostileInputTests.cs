using System.Text;
using Dockerfile.Linter.Parsing;
using Dockerfile.Linter.Secrets;
using Dockerfile.Linter.Semantics;

namespace Dockerfile.Linter.Tests.Meta;

/// <summary>
/// Inputs that took minutes or hours before the scans were made linear. Sizes are chosen so that the old code would
/// not finish in any reasonable test run; the assertions check the findings, not the time.
/// </summary>
public class HostileInputTests
{
    [Theory]
    [InlineData("mysql ", "mysql -u root -pS3cretPassw0rd")]
    [InlineData("curl ", "curl -u admin:S3cretPassw0rd https://example.com")]
    [InlineData("docker login ", "docker login -u admin -p S3cretPassw0rd registry.example.com")]
    public void Credential_patterns_are_linear_in_the_length_of_a_RUN(string repeated, string tail)
    {
        // 320 KB of the command word and no separator: the lazy `[^;&|\n]*?` after each occurrence made the
        // backtracking regexes quadratic (17 s for mysql). The password at the end must still be found, once.
        var text = new StringBuilder("echo ");
        while (text.Length < 320 * 1024) text.Append(repeated);
        text.Append(tail);

        var findings = CredentialPatterns.FindPasswordArguments(text.ToString());

        Assert.Equal("S3cretPassw0rd", Assert.Single(findings).Value);
    }

    [Fact]
    public void A_lookbehind_condition_still_applies_after_the_rewrite()
    {
        // The NonBacktracking engine has no lookbehind: "not preceded by a word character" is a consumed character.
        Assert.Empty(CredentialPatterns.FindSecretAssignments("MY.DB_PASSWORD=hunter22"));
        Assert.Equal(["hunter22", "swordfish9"],
            CredentialPatterns.FindSecretAssignments("DB_PASSWORD=hunter22;API_TOKEN=swordfish9").Select(f => f.Value));
        Assert.Equal(["hunter22"], CredentialPatterns.FindSecretAssignments("DB_PASSWORD=hunter22").Select(f => f.Value));
        Assert.Equal(["p4ssw0rd"], CredentialPatterns.FindUrlCredentials("https://u:p4ssw0rd@h.example").Select(f => f.Value));
        Assert.Empty(CredentialPatterns.FindUrlCredentials("1https://u:p4ssw0rd@h.example"));
    }

    [Fact]
    public void A_chain_of_sixteen_thousand_stages_is_analysed_in_linear_time()
    {
        // FROM s(i-1) AS si + COPY --from=s(i-1): 16k stages took minutes (a linear FindStage per reference, a
        // lineage rebuilt by front insertion for every stage, base stages re-walked by DF3004, DF5004 and DF6006).
        const int stages = 16_000;
        var text = new StringBuilder("FROM alpine:3.20 AS s0\nVOLUME /data\nCOPY id_rsa /root/.ssh/id_rsa\nENV FOO=1\n");
        for (int i = 1; i < stages; i++)
            text.Append($"FROM s{i - 1} AS s{i}\nCOPY --from=s{i - 1} /a /a\n");
        text.Append("WORKDIR /$FOO/$BAR\nRUN touch /data/x && rm /root/.ssh/id_rsa\nENV BAR=2\nUSER 1000\n");

        var syntax = DockerfileParser.Parse(text.ToString());
        var model = SemanticModel.Create(syntax);
        Assert.Equal(stages, model.Stages.Length);
        Assert.Same(model.Stages[^2], model.FindStage($"S{stages - 2}"));
        Assert.Null(model.FindStage($"s{stages - 1}", model.Stages[^1]));   // FROM sees only earlier stages
        Assert.Equal(stages - 1, model.References.Count(r => r.Kind == StageReferenceKind.CopyFrom));

        var options = new LintOptions { Ignore = { "DL3045" } };   // DL3045's own rescan is fixed separately
        var result = new DockerfileLinter(options).Lint(text.ToString());

        Assert.Empty(result.RuleFailures);
        int workdir = 4 + 2 * (stages - 1) + 1;
        Assert.Equal(
            [
                "3 DF3004",                 // the key removed in the last stage stays in stage 0's layer
                $"{workdir} DF6006",        // $BAR is only set later ($FOO comes from stage 0 through the chain)
                $"{workdir + 1} DF5004",    // /data is a volume declared in stage 0
            ],
            result.Diagnostics.Where(d => d.Code is "DF3004" or "DF5004" or "DF6006")
                .Select(d => $"{d.Location.Start.Line} {d.Code}")
                .OrderBy(s => s, StringComparer.Ordinal));
    }

    public static TheoryData<string> AdversarialTexts()
    {
        // Runs that every secret pattern can start on many times over: a quadratic pattern would not finish on
        // 200 KB of any of these (4·10^10 steps).
        string Many(string piece) => string.Concat(Enumerable.Repeat(piece, 200_000 / piece.Length));
        return new TheoryData<string>
        {
            Many("a"), Many("a "), Many("a-"), Many("glpat-"), Many("eyJ"), Many("eyJaaaaaaaaaaaa."), Many("sk-"),
            "-----BEGIN " + Many("A"), Many("-----BEGIN A"), "aws_secret_access_key" + Many(" ") + "=", Many("x://"),
            Many("a://u:"), Many("https://u:p"), Many("--password "), Many("A=\"x"), Many("${A:-"), Many("_auth "),
            Many("echo a:b "), Many("machine h login u "), Many("npm config set --x "), Many("mysql -p"),
        };
    }

    [Theory]
    [MemberData(nameof(AdversarialTexts))]
    public void Every_secret_pattern_is_linear_on_adversarial_text(string text)
    {
        var findings = SecretScanner.Scan(text);
        Assert.All(findings, f => Assert.Equal(text.Substring(f.Start, f.Length), f.Value));
    }

    [Theory]
    [InlineData("a-")]
    [InlineData("a.")]
    [InlineData("a__")]
    [InlineData("a/")]
    [InlineData("0.")]
    public void Image_reference_validation_is_linear(string piece)
    {
        // FROM lines are hostile too; the reference grammar's separators are mandatory, so each split is unique.
        string reference = string.Concat(Enumerable.Repeat(piece, 100_000 / piece.Length)) + "!";
        Assert.False(Dockerfile.Linter.Parsing.Grammar.ImageReferenceGrammar.IsValid(reference));
        Assert.False(Dockerfile.Linter.Parsing.Grammar.ImageReferenceGrammar.IsValid("host.example:5000/" + reference));
    }
}
