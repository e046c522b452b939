using System.Collections.Immutable;
using Dockerfile.Linter.Context;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF3004: a secret file COPY'd/ADD'd in and deleted by a later RUN: it stays in the COPY layer.</summary>
internal sealed class DF3004SecretFileDeletedLater : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF3004",
        Name = "secret-file-deleted-later",
        Title = "Secret file copied in and deleted later",
        MessageFormat = "'{0}' is deleted on line {1}, but it stays in the layer this {2} creates; mount it with RUN --mount=type=secret instead",
        Category = RuleCategory.Secrets,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Reports a `COPY` or `ADD` of a file that holds credentials (`.npmrc`, `.netrc`, `.pypirc`,
            `.git-credentials`, `.docker/config.json`, `id_rsa`, `*.key`, `*.p12`, `credentials.json`, `.env`, …) when a
            later `RUN` of the same stage, or of a stage built on it (`FROM <stage>`), deletes it again (`rm`, `shred`,
            or the removal of its directory). The files are those of the credential-file catalogue shared with DF2001 and
            DF3006; with the build context (`--context`) the file is read and must hold a secret (an empty or harmless
            file is not reported), without it the name decides. Templates (`*.example`, `*.sample`, `*.dist`) never count.

            ## Why
            Every instruction adds a layer, and deleting a file in a later layer only hides it: the file is still in
            the layer of the `COPY`, and anyone with the image can extract it (`docker save`, or `docker history` plus
            a layer tool). Build secrets (`RUN --mount=type=secret`) make the file available to one `RUN` without
            writing it into any layer. In a multi-stage build, a secret used only in a builder stage does not reach
            the final image, but it still sits in the builder's cache.

            ## Example
            ```dockerfile
            FROM node:22-alpine
            WORKDIR /app
            COPY .npmrc package.json package-lock.json ./
            RUN npm ci && rm -f .npmrc
            ```

            ## Use instead
            ```dockerfile
            FROM node:22-alpine
            WORKDIR /app
            COPY package.json package-lock.json ./
            RUN --mount=type=secret,id=npmrc,target=/app/.npmrc npm ci
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnFile(Check);

    private sealed record Copied(string Path, Word Source, FileTransferInstruction By);

    /// <summary>What a stage leaves to the stages built on it (<c>FROM &lt;stage&gt;</c>).</summary>
    private sealed record StageEnd(string Workdir, ImmutableList<Copied> Copied);

    private static void Check(DockerfileSyntax syntax, RuleContext context)
    {
        // Files copied in a stage this one is built on stay in that stage's layers too; removals are reported by the
        // stage that performs them, so a base stage's own removals are not reported twice. Each stage's end state is
        // computed once and handed on, so a chain of thousands of stages stays linear; only stages that others are
        // built on keep theirs (a file of thousands of unrelated stages keeps none).
        Dictionary<StageInfo, StageEnd>? ends = null;
        foreach (var info in context.Semantics.Stages)
        {
            var inherited = info.BaseStage is { } parent && ends is not null && ends.TryGetValue(parent, out var end)
                ? end
                : s_root;
            var ofStage = CheckStage(info, inherited, context);
            if (info.IsBaseOfAnotherStage) (ends ??= new(ReferenceEqualityComparer.Instance))[info] = ofStage;
        }
    }

    private static readonly StageEnd s_root = new("/", ImmutableList<Copied>.Empty);

    private static StageEnd CheckStage(StageInfo info, StageEnd inherited, RuleContext context)
    {
        string workdir = inherited.Workdir;
        var copied = inherited.Copied;
        HashSet<Copied>? removed = null;   // made at the first removal: most stages copy no secret file
        foreach (var instruction in info.Stage.Instructions)
        {
            switch (instruction)
            {
                case WorkdirInstruction { Path: { } path } w when context.Semantics.Expand(path, w) is { } dir:
                    workdir = dir.StartsWith('/') ? dir : VolumePaths.Combine(workdir, dir);
                    break;
                case FileTransferInstruction copy when copy.Destination is { } destination:
                    if (context.Semantics.Expand(destination, copy) is not { } dest) break;
                    if (!dest.StartsWith('/')) dest = VolumePaths.Combine(workdir, dest);
                    bool intoDirectory = destination.Text.EndsWith('/') || copy.Sources.Length > 1 || dest == workdir;
                    foreach (var source in copy.Sources)
                    {
                        string sourcePath = (context.Semantics.Expand(source, copy) ?? SecretValueText.Unquote(source).Value).TrimEnd('/');
                        string name = Path.GetFileName(sourcePath);
                        if (SecretFileCatalog.IsTemplate(name)) continue;
                        string inImage = intoDirectory ? VolumePaths.Combine(dest, name) : dest;
                        // Deleting the file shows it is meant to be secret, so any catalogue name counts when the
                        // content cannot be read; a file of the build context must hold a secret.
                        if (CredentialFiles.Judge(copy, sourcePath, inImage, context, anyKindByName: true).IsSecret)
                            copied = copied.Add(new Copied(inImage, source, copy));
                    }
                    break;
                case RunInstruction run when copied.Count > (removed?.Count ?? 0):
                    foreach (var command in context.PosixScript(run).Commands)
                        foreach (var path in CredentialFiles.RemovedPaths(command))
                        {
                            string absolute = path.StartsWith('/') || path.StartsWith('~') || path.StartsWith('$')
                                ? path : VolumePaths.Combine(workdir, path);
                            foreach (var hit in copied)
                            {
                                if (removed?.Contains(hit) == true || !CredentialFiles.Removes(absolute, hit.Path)) continue;
                                context.Report(hit.Source.Span, hit.Path, run.StartLine, hit.By.Keyword.Text.ToUpperInvariant());
                                (removed ??= new HashSet<Copied>(ReferenceEqualityComparer.Instance)).Add(hit);
                            }
                        }
                    break;
            }
        }
        // A removal does not take the file out of the earlier layer: the stages built on this one still carry it.
        return workdir == inherited.Workdir && copied == inherited.Copied ? inherited : new StageEnd(workdir, copied);
    }
}
