namespace Dockerfile.Linter.Rules;

/// <summary>DL3055: a label whose schema type is <c>hash</c> has a value of another shape.</summary>
internal sealed class DL3055LabelNotGitHash() : LabelValueRule(
    code: "DL3055",
    name: "label-not-git-hash",
    title: "Label value is not a git hash",
    messageFormat: "Label '{0}' must be a git commit hash (7 to 40 or 64 lower-case hex digits); '{1}' is not",
    schemaType: "hash",
    validValue: "a git commit hash in lower-case hex: 7 to 40 digits (abbreviated or full SHA-1) or 64 digits (SHA-256 repositories).",
    exampleLabel: "org.opencontainers.image.revision",
    badValue: "main",
    goodValue: "3f2a9c1",
    differencesFromHadolint: "hadolint accepts exactly 7 or 40 digits; git abbreviates to more than 7 digits in larger repositories, and SHA-256 repositories use 64, so those lengths pass here.")
{
    protected override bool IsValid(string value) => LabelSchema.IsHash(value);
}
