// Lints the Dockerfiles given on the command line with every built-in rule plus the team rule in
// RequireOwnerLabel.cs, and prints one line per finding.
//   dotnet run --project samples/custom-rule -- samples/basic/Dockerfile
using CustomRuleSample;
using Dockerfile.Linter;
using Dockerfile.Linter.Rules;

var rules = RuleRegistry.All.Append(new RequireOwnerLabel());
var linter = new DockerfileLinter(new LintOptions(), rules);

int findings = 0;
foreach (var path in args)
{
    var result = linter.LintFile(path);
    foreach (var d in result.Diagnostics)
    {
        Console.WriteLine($"{path}:{d.Location.Start.Line}:{d.Location.Start.Column} {d.Code} {d.Severity}: {d.Message}");
        findings++;
    }
}
return findings == 0 ? 0 : 1;
