using Dockerfile.Linter.Documentation;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Meta;

/// <summary>rules.md at the repository root is the rendering of the rule catalogue.</summary>
public class GeneratedDocsTests
{
    [Fact]
    public void Rules_markdown_is_up_to_date()
    {
        string root = SharedData.RepositoryRoot() ?? throw new InvalidOperationException("Dockerfile.Linter.sln not found");
        string path = Path.Combine(root, "rules.md");
        string expected = RuleDocsRenderer.RenderCatalogue(RuleRegistry.All.Select(r => r.Descriptor));
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }
        string actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(expected == actual,
            $"rules.md is out of date with the rule descriptors. Regenerate it with: {RuleDocsRenderer.RegenerateCommand}");
    }

    [Fact]
    public void Rendering_is_deterministic_and_lists_every_rule()
    {
        var descriptors = RuleRegistry.All.Select(r => r.Descriptor).ToList();
        string first = RuleDocsRenderer.RenderCatalogue(descriptors);
        string second = RuleDocsRenderer.RenderCatalogue(Enumerable.Reverse(descriptors));
        Assert.Equal(first, second);
        Assert.DoesNotContain('\r', first);
        foreach (var d in descriptors)
            Assert.Contains($"### {d.Code} {d.Name}\n", first);
        Assert.Contains(RuleDocsRenderer.RegenerateCommand, first);
    }

    [Fact]
    public void Rule_docs_headings_are_demoted_below_the_rule_heading()
    {
        string rendered = RuleDocsRenderer.RenderRule(RuleRegistry.Find("DL3000")!.Descriptor);
        Assert.StartsWith("### DL3000 workdir-relative-path\n", rendered);
        Assert.Contains("\n#### What it does\n", rendered);
        Assert.DoesNotContain("\n## ", rendered);
        Assert.Contains("Aliases: `WorkdirRelativePath`", RuleDocsRenderer.RenderRule(RuleRegistry.Find("DF6014")!.Descriptor));
    }

    [Fact]
    public void Code_blocks_keep_their_comment_lines()
    {
        var descriptor = new RuleDescriptor
        {
            Code = "DF9999", Name = "x", Title = "x", MessageFormat = "x", Category = RuleCategory.Style,
            DefaultSeverity = Severity.Style,
            Docs = "## Example\n```dockerfile\n## not a heading\nFROM a:1\n```\n",
        };
        string rendered = RuleDocsRenderer.RenderRule(descriptor);
        Assert.Contains("\n## not a heading\n", rendered);
        Assert.Contains("\n#### Example\n", rendered);
    }
}
