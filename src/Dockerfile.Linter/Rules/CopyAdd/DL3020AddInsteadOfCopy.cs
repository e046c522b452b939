using Dockerfile.Linter.Context;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3020: ADD used for plain local files or folders.</summary>
internal sealed class DL3020AddInsteadOfCopy : Rule
{
    private static readonly string[] ArchiveExtensions =
    [
        ".tar", ".gz", ".bz2", ".xz", ".tgz", ".z", ".lz", ".lzma", ".tz", ".tb2", ".tbz", ".tbz2", ".tlz", ".tpz", ".txz",
        ".zst", ".tzst",
    ];

    private static readonly string[] AddOnlyFlags = ["checksum", "keep-git-dir", "unpack"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3020",
        Name = "add-instead-of-copy",
        Title = "Use COPY instead of ADD for files and folders",
        MessageFormat = "Use COPY instead of ADD for '{0}'",
        Category = RuleCategory.CopyAdd,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Info,
        Hadolint = PresetSetting.On(Severity.Error),
        PresetRationale = "ADD of a local file behaves exactly like COPY: preferring COPY is advice, not a broken build.",
        Fix = FixAvailability.Sometimes,
        FixTitle = "Replace ADD with COPY",
        Docs = """
            ## What it does
            Reports an `ADD` with a source that is a plain local file or folder: not a URL (`http(s)://`, `git@…`) and
            not a tar archive (`.tar`, `.tar.gz`, `.tgz`, `.xz`, `.zst`, …) that `ADD` would unpack. When every source
            is such a file and no `ADD`-only flag (`--checksum`, `--keep-git-dir`, `--unpack`) is used, a fix
            replaces the keyword with `COPY`. Sources given through variables are checked with their ARG/ENV values;
            unknown values are not reported.

            ## Why
            `ADD` does more than copy: it downloads URLs and unpacks local archives. Using it for ordinary files hides
            that magic where nobody expects it (a file that happens to be a tarball gets extracted); `COPY` says
            exactly what happens.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            ADD app.py /app/
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            COPY app.py /app/
            ADD rootfs.tar.gz /
            ```

            ## Differences from hadolint
            hadolint reports `ADD $SRC …` whatever `$SRC` holds; here the variable is resolved, and unknown values are
            not reported. Heredoc sources (`ADD <<EOF /file`) count as local files. `.zst` archives count as archives
            (BuildKit unpacks them).

            ## Fix safety
            The fix is offered only when every source is a local file or folder that is not an archive, so `COPY`
            copies exactly what `ADD` copied.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<AddInstruction>(Check);

    private static void Check(AddInstruction add, RuleContext context)
    {
        if (add.Destination is null) return;
        string? offending = null;
        bool allPlain = true;
        foreach (var source in add.Sources)
        {
            string? value = IsHeredocMarker(source, add) ? source.Text : context.Semantics.Expand(source, add);
            if (value is null || RemoteSource.IsRemote(value) || IsArchive(value))
            {
                allPlain = false;
                continue;
            }
            offending ??= value;
        }
        if (offending is null) return;
        Fix? fix = null;
        if (allPlain && !add.Flags.Any(f => AddOnlyFlags.Contains(f.Name, StringComparer.OrdinalIgnoreCase)))
        {
            string keyword = add.Keyword.Text.Any(char.IsUpper) ? "COPY" : "copy";
            fix = context.CreateFix([new TextEdit(add.Keyword.Span, keyword)], FixSafety.Safe);
        }
        context.Report(add.Keyword.Span, fix, offending);
    }

    private static bool IsHeredocMarker(Word source, Instruction instruction) =>
        source.Text.StartsWith("<<", StringComparison.Ordinal) && instruction.Heredocs.Any(h => h.MarkerSpan.Start == source.Span.Start);

    private static bool IsArchive(string source)
    {
        string name = source.TrimEnd('/');
        return ArchiveExtensions.Any(ext => name.EndsWith(ext, StringComparison.OrdinalIgnoreCase));
    }
}
