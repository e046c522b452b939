using Dockerfile.Linter.Context;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF3006: a credential file COPY'd/ADD'd into the final image and left there.</summary>
internal sealed class DF3006SecretFileInImage : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF3006",
        Name = "secret-file-in-image",
        Title = "Credential file copied into the final image",
        MessageFormat = "'{0}' puts a credential file into the final image; mount it for the RUN that needs it (RUN --mount=type=secret) or provide it at run time",
        Category = RuleCategory.Secrets,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Reports a `COPY` or `ADD` in the final stage (or a stage it is built on) that puts a credential file into
            the image when no later `RUN` deletes it (that case is DF3004). Files copied into builder stages that the
            final image does not inherit are not reported. The files are those of the credential-file catalogue that
            DF2001 and DF3004 share, judged by what can be known:
            - A file of the build context (`--context`) is read, and it is DF2001 that reports it when it holds a
              secret (a private key block, a token, a password): one finding per file. An empty `app.key`, an
              `.npmrc` with only `engine-strict=true` or a `.yarnrc.yml` with only `nodeLinker: node-modules` is
              not a credential file.
            - A file whose content cannot be read (no build context, or `COPY --from` another stage or image) is
              reported when its name alone is strong evidence: SSH private keys (`id_rsa`, `id_ed25519`, …, not
              `*.pub`), `*.key`, `*.ppk`, `*.p12`, `*.pfx`, `*.keytab`, `.netrc`, `.git-credentials`,
              `.aws/credentials`, `credentials.json`, Kubernetes configs, `.htpasswd`, `.pgpass`, Vault tokens.
              Files whose name says little about their content (`.npmrc`, `.yarnrc.yml`, `.pypirc`, `*.pem`,
              `.docker/config.json`, `.env`, `secrets.yaml`) are not reported then.
            - Templates are never credential files: `*.example`, `*.sample`, `*.dist`, `*.template`,
              `.env.*.example` and the like.

            ## Why
            Everyone who can pull the image can read every file in it. Credentials the build needs belong in a build
            secret mount; credentials the application needs belong in the runtime (secrets of the orchestrator,
            mounted files, environment injected at start).

            ## Example
            ```dockerfile
            FROM alpine:3.20
            COPY id_ed25519 /root/.ssh/id_ed25519
            RUN apk add --no-cache git openssh-client
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            RUN apk add --no-cache git openssh-client
            RUN --mount=type=ssh git clone git@github.com:example/private.git /src
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnStage(Check);

    private static void Check(Stage stage, RuleContext context)
    {
        var info = context.Semantics.GetStage(stage);
        if (!info.IsFinal) return;
        var copied = new List<(string Path, Word Source)>();
        string workdir = "/";
        foreach (var instruction in VolumePaths.Lineage(info).SelectMany(s => s.Stage.Instructions))
        {
            switch (instruction)
            {
                case WorkdirInstruction { Path: { } path } w when context.Semantics.Expand(path, w) is { } dir:
                    workdir = dir.StartsWith('/') ? dir : VolumePaths.Combine(workdir, dir);
                    break;
                case FileTransferInstruction { Destination: { } destination } copy:
                    if (context.Semantics.Expand(destination, copy) is not { } dest) break;
                    if (!dest.StartsWith('/')) dest = VolumePaths.Combine(workdir, dest);
                    bool intoDirectory = destination.Text.EndsWith('/') || copy.Sources.Length > 1 || dest == workdir;
                    foreach (var source in copy.Sources)
                    {
                        string sourcePath = (context.Semantics.Expand(source, copy) ?? SecretValueText.Unquote(source).Value).TrimEnd('/');
                        if (sourcePath.Contains("://", StringComparison.Ordinal) || sourcePath.StartsWith("<<", StringComparison.Ordinal)) continue;
                        string name = Path.GetFileName(sourcePath);
                        if (SecretFileCatalog.IsTemplate(name)) continue;
                        string inImage = intoDirectory ? VolumePaths.Combine(dest, name) : dest;
                        // A file of the build context is DF2001's (it reads the file); one finding per file.
                        var verdict = CredentialFiles.Judge(copy, sourcePath, inImage, context, anyKindByName: false);
                        if (verdict is { InContext: false, IsSecret: true }) copied.Add((inImage, source));
                    }
                    break;
                case RunInstruction run when copied.Count > 0:
                    foreach (var command in context.PosixScript(run).Commands)
                        foreach (var removed in CredentialFiles.RemovedPaths(command))
                        {
                            string absolute = removed.StartsWith('/') || removed.StartsWith('~') || removed.StartsWith('$')
                                ? removed : VolumePaths.Combine(workdir, removed);
                            copied.RemoveAll(c => CredentialFiles.Removes(absolute, c.Path));
                        }
                    break;
            }
        }
        foreach (var (path, source) in copied) context.Report(source.Span, path);
    }
}
