namespace Dockerfile.Linter.Rules;

/// <summary>DL3058: a label whose schema type is <c>email</c> has a value of another shape.</summary>
internal sealed class DL3058LabelNotEmail() : LabelValueRule(
    code: "DL3058",
    name: "label-not-email",
    title: "Label value is not an e-mail address",
    messageFormat: "Label '{0}' must be a bare e-mail address; '{1}' is not",
    schemaType: "email",
    validValue: "a bare e-mail address (`jane@example.com`, without a display name).",
    exampleLabel: "maintainer",
    badValue: "Jane Doe",
    goodValue: "jane@example.com")
{
    protected override bool IsValid(string value) => LabelSchema.IsEmail(value);
}
