using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Dockerfile.Linter.Configuration;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Meta;

/// <summary>Invariants over the whole rule catalogue.</summary>
public class RuleCatalogTests
{
    /// <summary>Rules whose findings come from the engine and cannot be shown by a Dockerfile example.</summary>
    private static readonly HashSet<string> EngineOnly = ["DF0000"];

    public static IEnumerable<object[]> AllRules() => RuleRegistry.All.Select(r => new object[] { r.Descriptor.Code });

    private static Rule RuleFor(string code) => RuleRegistry.All.Single(r => r.Descriptor.Code == code);

    /// <summary>Options that turn every rule on.</summary>
    private static LintOptions EverythingEnabled()
    {
        var options = new LintOptions();
        foreach (var rule in RuleRegistry.All) options.Enable.Add(rule.Descriptor.Code);
        return options;
    }

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = RuleRegistry.All.Select(r => r.Descriptor.Code).ToList();
        Assert.Equal(codes.Distinct().Count(), codes.Count);
        Assert.All(codes, c => Assert.Matches(@"^(DL|DF|SC)\d{4}$", c));
    }

    [Fact]
    public void Names_are_unique_kebab_case()
    {
        var names = RuleRegistry.All.Select(r => r.Descriptor.Name).ToList();
        Assert.Equal(names.Distinct(StringComparer.OrdinalIgnoreCase).Count(), names.Count);
        Assert.All(names, n => Assert.Matches("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", n));
    }

    [Fact]
    public void Aliases_do_not_collide_with_other_rules_codes_or_names()
    {
        var keys = RuleRegistry.All.SelectMany(r => new[] { r.Descriptor.Code, r.Descriptor.Name })
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in RuleRegistry.All)
            foreach (var alias in rule.Descriptor.Aliases)
                Assert.False(keys.Contains(alias), $"{rule.Descriptor.Code}: alias '{alias}' is another rule's code or name");
    }

    [Fact]
    public void PascalCase_aliases_are_real_buildkit_check_names()
    {
        foreach (var rule in RuleRegistry.All)
            foreach (var alias in rule.Descriptor.Aliases.Where(a => Regex.IsMatch(a, "^[A-Z][a-z]+[A-Z]")))
                Assert.True(BuildKitChecks.Names.Contains(alias), $"{rule.Descriptor.Code}: '{alias}' is not a BuildKit check name (check the spelling)");
    }

    [Fact]
    public void Every_rule_subclass_is_registered_once()
    {
        var declared = typeof(Rule).Assembly.GetTypes()
            .Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => t.FullName!).Order().ToList();
        var registered = RuleRegistry.All.Select(r => r.GetType().FullName!).Order().ToList();
        Assert.Equal(declared, registered);
    }

    [Fact]
    public void Registry_is_sorted_by_code_and_each_category_list_holds_its_category()
    {
        var codes = RuleRegistry.All.Select(r => r.Descriptor.Code).ToList();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        foreach (var (category, rules) in RuleRegistry.ByCategory())
            foreach (var rule in rules)
                Assert.True(rule.Descriptor.Category == category,
                    $"{rule.Descriptor.Code} has category {rule.Descriptor.Category} but is listed in {category}Rules");
    }

    [Fact]
    public void Lookup_finds_rules_by_code_name_and_alias()
    {
        foreach (var rule in RuleRegistry.All)
        {
            var d = rule.Descriptor;
            Assert.Same(rule, RuleRegistry.Find(d.Code));
            Assert.Same(rule, RuleRegistry.Find(d.Name.ToUpperInvariant()));
            foreach (var alias in d.Aliases) Assert.Contains(rule, RuleRegistry.FindAll(alias));
        }
        Assert.Null(RuleRegistry.Find("DL0000"));
    }

    [Theory]
    [MemberData(nameof(AllRules))]
    public void Metadata_is_complete(string code)
    {
        var d = RuleFor(code).Descriptor;
        Assert.False(string.IsNullOrWhiteSpace(d.Title));
        Assert.DoesNotContain('\n', d.Title);
        Assert.False(string.IsNullOrWhiteSpace(d.MessageFormat));
        var formatted = string.Format(System.Globalization.CultureInfo.InvariantCulture, d.MessageFormat, Enumerable.Repeat<object?>("x", 10).ToArray());
        Assert.False(string.IsNullOrWhiteSpace(formatted));
        Assert.True(Enum.IsDefined(d.Category));
        Assert.True(Enum.IsDefined(d.DefaultSeverity));
    }

    [Theory]
    [MemberData(nameof(AllRules))]
    public void Docs_have_the_required_sections_in_order(string code)
    {
        var headings = RuleDocs.Sections(RuleFor(code).Descriptor.Docs).Select(s => s.Heading).ToList();
        foreach (var heading in headings)
            Assert.True(RuleDocs.Order.Contains(heading), $"{code}: unexpected section '## {heading}' (allowed: {string.Join(", ", RuleDocs.Order)})");
        Assert.Equal(headings.Distinct().Count(), headings.Count);
        Assert.Equal(headings.OrderBy(h => Array.IndexOf(RuleDocs.Order, h)), headings);
        foreach (var required in RuleDocs.Required)
            Assert.True(headings.Contains(required), $"{code}: missing section '## {required}'");
        string before = RuleFor(code).Descriptor.Docs.ReplaceLineEndings("\n").Split("## ")[0];
        Assert.True(string.IsNullOrWhiteSpace(before), $"{code}: docs must start with '## What it does'");
    }

    [Theory]
    [MemberData(nameof(AllRules))]
    public void A_rule_with_fixes_says_what_they_do_apart_from_its_message(string code)
    {
        var rule = RuleFor(code).Descriptor;
        if (rule.Fix == FixAvailability.None)
            Assert.True(rule.FixTitle is null, $"{code}: a FixTitle without fixes (set Fix, or remove FixTitle)");
        else
            Assert.False(string.IsNullOrWhiteSpace(rule.FixTitle), $"{code}: offers fixes but has no FixTitle");
    }

    [Theory]
    [MemberData(nameof(AllRules))]
    public void Docs_examples_trigger_the_rule_and_alternatives_do_not(string code)
    {
        if (EngineOnly.Contains(code)) return;
        // DF0004's findings come from the shellcheck executable (installed in CI).
        if (code == "DF0004" && TestSupport.ShellCheckTheoryAttribute.SkipReason is not null) return;
        var rule = RuleFor(code);
        var sections = RuleDocs.Sections(rule.Descriptor.Docs).ToDictionary(s => s.Heading, s => s.Body);

        var examples = RuleDocs.DockerfileBlocks(sections["Example"]);
        Assert.True(examples.Count > 0, $"{code}: '## Example' needs a ```dockerfile block");
        foreach (var example in examples)
        {
            var found = LintExample(code, example, sections["Example"]);
            Assert.True(found.Any(d => d.Code == code || d.RuleName == rule.Descriptor.Name), $"{code}: this example does not trigger the rule:\n{example}{ContextHint(rule)}");
        }

        var alternatives = RuleDocs.DockerfileBlocks(sections["Use instead"]);
        Assert.True(alternatives.Count > 0, $"{code}: '## Use instead' needs a ```dockerfile block");
        foreach (var alternative in alternatives)
        {
            var found = LintExample(code, alternative, sections["Use instead"]);
            Assert.False(found.Any(d => d.Code == code || d.RuleName == rule.Descriptor.Name),
                $"{code}: this alternative triggers the rule:\n{alternative}\n{string.Join("\n", found.Where(d => d.Code == code))}");
        }
    }

    /// <summary>Lints a docs example with every default rule plus <paramref name="code"/>, in the section's build context if it declares one.</summary>
    private static IReadOnlyList<Diagnostic> LintExample(string code, string dockerfile, string section)
    {
        var files = RuleDocs.ContextFiles(section);
        string? context = files is null ? null : RuleDocs.CreateContext(files);
        try
        {
            var options = ExampleOptions(RuleFor(code).Descriptor, context);
            var result = new DockerfileLinter(options).Lint(dockerfile, context is null ? null : Path.Combine(context, "Dockerfile"));
            Assert.True(result.RuleFailures.IsEmpty, string.Join("\n", result.RuleFailures.Select(f => $"{f.RuleCode}: {f.Exception}")));
            return result.Diagnostics;
        }
        finally
        {
            if (context is not null) Directory.Delete(context, true);
        }
    }

    /// <summary>The options a rule's docs examples run under: its <see cref="RuleDescriptor.ExampleConfiguration"/>, read as a configuration file.</summary>
    private static LintOptions ExampleOptions(RuleDescriptor rule, string? contextDirectory)
    {
        var configuration = LinterConfiguration.Empty;
        if (rule.ExampleConfiguration is { } yaml)
        {
            var read = ConfigurationReader.Read(yaml, "/docs/.dockerfile-lint.yaml", ConfigurationDialect.Native,
                RuleRegistry.All.Select(r => r.Descriptor).ToArray());
            Assert.True(read.Succeeded, $"{rule.Code}: its ExampleConfiguration is not a valid configuration: {string.Join("; ", read.Errors)}");
            configuration = read.Configuration;
        }
        return (configuration with { Enable = [.. configuration.Enable, rule.Code], Context = contextDirectory }).ToLintOptions();
    }

    [Fact]
    public void Docs_examples_that_need_configuration_fail_without_it()
    {
        // The configuration is what makes these examples trigger: linted without it, they must not.
        var configured = RuleRegistry.All.Where(r => r.Descriptor.ExampleConfiguration is not null).ToList();
        Assert.True(configured.Count >= 10, $"only {configured.Count} rules declare an example configuration");
        foreach (var rule in configured)
        {
            var example = RuleDocs.DockerfileBlocks(RuleDocs.Sections(rule.Descriptor.Docs).Single(s => s.Heading == "Example").Body)[0];
            var options = new LintOptions { Enable = { rule.Descriptor.Code } };
            Assert.DoesNotContain(new DockerfileLinter(options).Lint(example).Diagnostics, d => d.Code == rule.Descriptor.Code);
        }
    }

    private static string ContextHint(Rule rule) => rule.Descriptor.Category == RuleCategory.BuildContext
        ? "\n(rules that need a build context declare it in the section with a ```context block: one file per line, `path` or `path: content`)"
        : "";

    [Theory]
    [InlineData("")]
    [InlineData("# just a comment\n# and another\n")]
    [InlineData("\n\n   \n")]
    [InlineData("FROM")]
    [InlineData("# escape=`\nFROM alpine:3.20 AS a`\n  b\nONBUILD\nONBUILD ONBUILD RUN x\nRUN <<EOF\n")]
    [InlineData("\uFEFFFROM alpine:3.20\r\nRUN echo \\\r\n  hi\r\n")]
    public void Every_rule_survives_degenerate_files(string text)
    {
        var result = new DockerfileLinter(EverythingEnabled()).Lint(text);
        Assert.True(result.RuleFailures.IsEmpty,
            string.Join("\n\n", result.RuleFailures.Select(f => $"{f.RuleCode}: {f.Exception}")));
        Assert.All(result.Diagnostics, d => Assert.True(d.Span.End <= text.Length, $"{d.Code} span {d.Span} is past the end"));
    }

    [SharedDataFact("corpus")]
    public void Every_rule_survives_the_corpus_and_keeps_its_fix_promise()
    {
        string corpus = SharedData.PathTo("corpus")!;
        var files = Directory.GetDirectories(corpus).SelectMany(Directory.GetFiles).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 1000, $"only {files.Count} corpus files found");
        var linter = new DockerfileLinter(EverythingEnabled());
        var byCode = RuleRegistry.All.ToDictionary(r => r.Descriptor.Code, r => r.Descriptor);
        var problems = new ConcurrentBag<string>();
        Parallel.ForEach(files, file =>
        {
            var result = linter.LintFile(file);
            foreach (var failure in result.RuleFailures)
                problems.Add($"{failure.RuleCode} threw on {file}: {failure.Exception}");
            foreach (var d in result.Diagnostics)
            {
                if (d.Span.End > result.Syntax.Source.Length) problems.Add($"{d.Code} span past the end in {file}");
                var fix = byCode[d.Code].Fix;
                if (fix == FixAvailability.None && d.Fix is not null) problems.Add($"{d.Code} offered a fix but declares none ({file}:{d.Location.Start})");
                if (fix == FixAvailability.Always && d.Fix is null) problems.Add($"{d.Code} declares Always but offered no fix ({file}:{d.Location.Start})");
                if (d.Fix is { Safety: FixSafety.Unsafe } && !byCode[d.Code].Docs.Contains("## Fix safety", StringComparison.Ordinal))
                    problems.Add($"{d.Code} offers unsafe fixes but its docs have no '## Fix safety' section");
                if (d.Fix is { } offered && offered.Edits.Any(e => e.Span.End > result.Syntax.Source.Length))
                    problems.Add($"{d.Code} offered an edit past the end of {file}");
            }
        });
        Assert.True(problems.IsEmpty, string.Join("\n\n", problems.Distinct().Take(20)));
    }
}
