using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Dockerfile.Linter.Context;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF2001: COPY/ADD would put secret-looking files from the build context into the image.</summary>
internal sealed class DF2001CopiedSecretFile : Rule
{
    private const int MaxListed = 5;

    // The files reported so far in one run (the engine makes one RuleContext per rule and run).
    private static readonly ConditionalWeakTable<RuleContext, HashSet<string>> Reported = new();

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF2001",
        Name = "copied-secret-file",
        Title = "Secret-looking files from the build context are copied into the image",
        MessageFormat = "'{0}' copies {1} into the image ({2}); add to .dockerignore and pass secrets with RUN --mount=type=secret",
        Category = RuleCategory.BuildContext,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Needs the build context (`--context`). For every `COPY`/`ADD` source read from the context (`.`, a
            directory, a file or a glob), lists the files below it that look like credentials and that
            `.dockerignore` does not exclude. The file's name makes it a candidate and its content decides (the first
            64 KB of non-empty regular files are read; links, FIFOs and devices are never opened): SSH private keys
            (`id_rsa`, `id_ed25519`, …, not `*.pub`) and `*.key`/`*.pem`/`*.ppk` files that hold a private key
            block, `*.p12`/`*.pfx`/`*.keytab` key stores, `.env` and `.env.*` files that hold a password, token or
            key, `.npmrc`/`.yarnrc.yml` with an auth token and `.pypirc`/`.my.cnf` with a password (a `${VAR}`
            placeholder does not count), `.aws/credentials`, `.docker/config.json` with registry auths,
            `credentials.json`, `secrets.yaml` and the like with a secret value, `.netrc`, `.git-credentials`,
            Kubernetes configs, `.htpasswd`, `.pgpass` and Vault tokens with content. Empty files and templates
            (`*.example`, `*.sample`, `*.dist`, `*.template`, `.env.*.example`) are never reported. Each file is
            reported once per stage, at the first `COPY`/`ADD` of the stage that sends it (`COPY app.key` then `COPY . .`
            is one finding).
            Files left out by `COPY --exclude=…` are not counted; symbolic links are not counted either (the
            builder copies the link, not what it points to).

            ## Why
            Whatever `COPY` puts into a layer stays in the image, even if a later `RUN rm` deletes it, and anyone
            who can pull the image can read it. `COPY . .` is the usual way a developer's `.env` or SSH key ends up
            in a registry. Build-time credentials belong in `RUN --mount=type=secret`, runtime ones in the
            orchestrator's secret store.

            ## Example
            With this build context (one file per line, fake secrets):
            ```context
            package.json: {"name": "web", "version": "1.0.0"}
            server.js: require("http").createServer().listen(3000)
            .env: AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
            .env.example: AWS_SECRET_ACCESS_KEY=
            deploy/id_rsa: -----BEGIN OPENSSH PRIVATE KEY-----\nEXAMPLE\n-----END OPENSSH PRIVATE KEY-----
            ```
            ```dockerfile
            FROM node:22-alpine
            WORKDIR /app
            COPY . .
            CMD ["node", "server.js"]
            ```

            ## Use instead
            Add `.env`, `.env.*` and `**/id_*` to `.dockerignore` (keep `!.env.example` if it is needed), and mount
            what the build needs as a secret:
            ```context
            package.json: {"name": "web", "version": "1.0.0"}
            server.js: require("http").createServer().listen(3000)
            .env: AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
            .env.example: AWS_SECRET_ACCESS_KEY=
            deploy/id_rsa: -----BEGIN OPENSSH PRIVATE KEY-----\nEXAMPLE\n-----END OPENSSH PRIVATE KEY-----
            .dockerignore: .env\n.env.*\n!.env.example\n**/id_*
            ```
            ```dockerfile
            FROM node:22-alpine
            WORKDIR /app
            COPY . .
            RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
            CMD ["node", "server.js"]
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<FileTransferInstruction>(Check);

    private static void Check(FileTransferInstruction instruction, RuleContext context)
    {
        if (context.BuildContext is not { } buildContext) return;
        if (!TryGetExcludes(instruction, context, out var excludes)) return;
        var reported = Reported.GetValue(context, _ => new HashSet<string>(StringComparer.Ordinal));
        foreach (var source in ContextSources.Of(instruction, context))
        {
            // One finding per file and stage: a secret already reported for an earlier COPY of the stage (COPY app.key,
            // then COPY . .) is not listed again.
            string stage = (context.Semantics.GetStage(instruction)?.Index ?? -1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            ImmutableArray<SecretFile> secrets;
            lock (reported)
                secrets = [.. buildContext.SecretFilesSentBy(buildContext.ResolveSource(source.Value), excludes).Where(s => reported.Add(stage + "\0" + s.Path))];
            if (secrets.IsEmpty) continue;
            var listed = string.Join(", ", secrets.Take(MaxListed).Select(s => $"{s.Path} ({s.Description})"));
            if (secrets.Length > MaxListed) listed += $" and {secrets.Length - MaxListed} more";
            context.Report(source.Word.Span, source.Value,
                SizeText.Count(secrets.Length, "secret-looking file", "secret-looking files"), listed);
        }
    }

    // COPY --exclude=PATTERN keeps matching files out of the copy; a pattern with unknown variables makes the
    // outcome unknown, so the rule stays silent then.
    private static bool TryGetExcludes(FileTransferInstruction instruction, RuleContext context, out DockerIgnoreMatcher? excludes)
    {
        excludes = null;
        var patterns = new List<string>();
        foreach (var flag in instruction.Flags)
        {
            if (flag.Name != "exclude" || flag.Value is null) continue;
            if (context.Semantics.Expand(flag.Value, instruction) is not { } pattern) return false;
            patterns.Add(pattern);
        }
        if (patterns.Count > 0) excludes = DockerIgnoreFile.Parse(string.Join('\n', patterns)).Matcher;
        return true;
    }
}
