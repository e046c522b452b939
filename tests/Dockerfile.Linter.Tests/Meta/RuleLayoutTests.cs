using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Tests.TestSupport;

namespace Dockerfile.Linter.Tests.Meta;

/// <summary>
/// Where rules and their tests live: each built-in rule in <c>src/Dockerfile.Linter/Rules/&lt;Category&gt;/&lt;Class&gt;.cs</c>
/// and tested by its own class <c>&lt;Class&gt;Tests</c> in a file under <c>tests/Dockerfile.Linter.Tests/Rules/&lt;Category&gt;/</c>, so
/// that a rule's folder says its category and no rule goes without tests of its own.
/// </summary>
public class RuleLayoutTests
{
    public static IEnumerable<object[]> AllRules() => RuleRegistry.All.Select(r => new object[] { r.Descriptor.Code });

    private static Rule RuleFor(string code) => RuleRegistry.All.Single(r => r.Descriptor.Code == code);

    [Theory]
    [MemberData(nameof(AllRules))]
    public void Each_rule_has_its_own_test_class_in_its_category_namespace(string code)
    {
        var rule = RuleFor(code);
        string category = rule.Descriptor.Category.ToString();
        string expected = $"Dockerfile.Linter.Tests.Rules.{category}.{rule.GetType().Name}Tests";
        var testClass = typeof(RuleLayoutTests).Assembly.GetType(expected);
        Assert.True(testClass is not null,
            $"{code} ({rule.GetType().Name}, category {category}) has no test class {expected}");
        Assert.True(testClass.GetMethods().Any(m => m.GetCustomAttributes(typeof(FactAttribute), true).Length > 0),
            $"{expected} has no tests");
    }

    [Theory]
    [MemberData(nameof(AllRules))]
    public void Each_rule_and_its_test_class_sit_in_the_folder_of_its_category(string code)
    {
        string root = SharedData.RepositoryRoot() ?? throw new InvalidOperationException("Dockerfile.Linter.sln not found");
        var rule = RuleFor(code);
        string category = rule.Descriptor.Category.ToString();
        string name = rule.GetType().Name;
        string source = Path.Combine(root, "src", "Dockerfile.Linter", "Rules", category, name + ".cs");
        Assert.True(File.Exists(source), $"{code}: expected its class {name} in {Path.GetRelativePath(root, source)}");
        string testFolder = Path.Combine(root, "tests", "Dockerfile.Linter.Tests", "Rules", category);
        string testClass = $"class {name}Tests";
        Assert.True(Directory.Exists(testFolder) && Directory.EnumerateFiles(testFolder, "*.cs")
                .Any(f => File.ReadAllText(f).Contains(testClass, StringComparison.Ordinal)),
            $"{code}: expected its test class {name}Tests in a file under {Path.GetRelativePath(root, testFolder)}");
    }

    [Fact]
    public void Rule_classes_are_named_after_their_code()
    {
        var misnamed = RuleRegistry.All.Where(r => !r.GetType().Name.StartsWith(r.Descriptor.Code, StringComparison.Ordinal))
            .Select(r => $"{r.Descriptor.Code}: {r.GetType().Name}").ToList();
        Assert.True(misnamed.Count == 0, string.Join("\n", misnamed));
    }
}
