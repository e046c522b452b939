using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3021: COPY/ADD with several sources to a destination that does not end in '/'.</summary>
internal sealed class DL3021MultipleSourcesDestinationNotDirectory : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3021",
        Name = "multiple-sources-destination-not-directory",
        Title = "With several sources the destination must end with /",
        MessageFormat = "{0} has {1} sources, so its destination '{2}' must end with /",
        Category = RuleCategory.CopyAdd,
        DefaultSeverity = Severity.Error,
        Hadolint = PresetSetting.On(Severity.Error),
        Fix = FixAvailability.Sometimes,
        FixTitle = "Append / to the destination",
        Docs = """
            ## What it does
            Reports a `COPY` or `ADD` with two or more sources whose destination does not end with `/` and is not
            `.` or `..` (the working directory or its parent, which are folders however they are written). A fix appends
            the `/` when the destination is written as a plain word. Triggers inside `ONBUILD` are checked too.

            ## Why
            With several sources the destination can only be a directory, and the builder refuses to build unless
            the destination says so with a trailing slash.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            COPY package.json package-lock.json /app
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            COPY package.json package-lock.json /app/
            ```

            ## Differences from hadolint
            hadolint checks `COPY` only; the builder applies the same requirement to `ADD`, so `ADD` is checked too.
            A destination given through a variable is checked with its value (unknown values are not reported).
            A destination whose last part is `.` or `..` (`COPY CMakeLists.txt CMakePresets.json .`, `..`, `./.`)
            is not reported: it can only name a folder, BuildKit copies the sources into it and the image builds.
            hadolint reports it; that is a deliberate difference.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<FileTransferInstruction>(Check);

    private static void Check(FileTransferInstruction transfer, RuleContext context)
    {
        if (transfer.Sources.Length < 2 || transfer.Destination is not { } destination) return;
        string? value = context.Semantics.Expand(destination, transfer);
        if (value is null || value.EndsWith('/') || value.EndsWith('\\') || NamesAFolder(value)) return;
        Fix? fix = null;
        if (!transfer.IsJsonForm && destination.Text.All(c => c is not ('"' or '\'' or '$' or '\\' or '`')) &&
            destination.Span.Length == destination.Text.Length)
            fix = context.CreateFix([new TextEdit(new TextSpan(destination.Span.End, 0), "/")], FixSafety.Safe);
        context.Report(destination.Span, fix, transfer.Keyword.Text.ToUpperInvariant(), transfer.Sources.Length, value);
    }

    // ".", "..", "./." and "dir/.." can only be folders: BuildKit copies into them.
    private static bool NamesAFolder(string destination)
    {
        int slash = Math.Max(destination.LastIndexOf('/'), destination.LastIndexOf('\\'));
        return destination[(slash + 1)..] is "." or "..";
    }
}
