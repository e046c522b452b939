namespace Dockerfile.Linter.Rules;

/// <summary>The rules of category <see cref="RuleCategory.BuildContext"/>: one line per rule, sorted by code.</summary>
internal static class BuildContextRules
{
    internal static readonly Rule[] All =
    [
        new DF2001CopiedSecretFile(),
        new DF2002MissingDockerignore(),
        new DF2003CopySourceNotFound(),
        new DF2004CopyIgnoredFile(),
        new DF2005InvalidDockerignorePattern(),
    ];
}
