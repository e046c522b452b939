using System.Text.RegularExpressions;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Shell;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF3005: credentials written to a file by one RUN and removed by a later one.</summary>
internal sealed partial class DF3005CredentialsWrittenAndRemovedLater : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF3005",
        Name = "credentials-written-and-removed-later",
        Title = "Credentials written in one RUN and removed in another",
        MessageFormat = "Credentials written to '{0}' here stay in this layer although line {1} removes them; use RUN --mount=type=secret, or write, use and remove them in one RUN",
        Category = RuleCategory.Secrets,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Reports a `RUN` that writes credentials into a file — `echo …_authToken=… > ~/.npmrc`, a `.netrc` or
            `.git-credentials` line, `git config url."https://TOKEN@host/".insteadOf`, `aws configure set
            aws_secret_access_key`, `npm config set …_authToken`, `yarn config set npmAuthToken`, `docker login`,
            `composer config http-basic…` — when a later `RUN` of the same stage removes that file again (or logs out).

            ## Why
            The removal happens in a new layer; the layer of the first `RUN` still contains the file with the
            credentials, and so does every image built from it. Writing, using and removing the file in a single
            `RUN` keeps it out of the layers; a build secret mount keeps it out of the Dockerfile, the history and
            the layers.

            ## Example
            ```dockerfile
            FROM node:22-alpine
            ARG NPM_TOKEN
            RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > /root/.npmrc
            RUN npm ci
            RUN rm /root/.npmrc
            ```

            ## Use instead
            ```dockerfile
            FROM node:22-alpine
            RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnStage(Check);

    private static void Check(Stage stage, RuleContext context)
    {
        var written = new List<(string File, TextSpan Span, RunInstruction By)>();
        foreach (var run in stage.Instructions.OfType<RunInstruction>())
        {
            var commands = context.PosixScript(run).Commands;
            // Removals matter only once a credential file was written (in most stages none is).
            foreach (var command in written.Count == 0 ? [] : commands)
            {
                foreach (var (file, span) in RemovalTargets(command))
                    foreach (var hit in written.Where(w => w.By != run && CredentialFiles.Removes(file, w.File)).ToList())
                    {
                        context.Report(hit.Span, hit.File, run.StartLine);
                        written.Remove(hit);
                    }
            }
            foreach (var command in commands)
                if (MayWriteCredentials(command))
                    foreach (var (file, span) in CredentialWrites(command))
                        written.Add((file, span, run));
            // removed again inside the same RUN: no layer keeps it
            foreach (var command in written.Count == 0 ? [] : commands)
                foreach (var (file, _) in RemovalTargets(command))
                    written.RemoveAll(w => w.By == run && CredentialFiles.Removes(file, w.File));
        }
    }

    /// <summary>A cheap test before <see cref="CredentialWrites"/>: a redirection, or a command that stores credentials.</summary>
    private static bool MayWriteCredentials(ShellCommand command) =>
        !command.Redirections.IsEmpty || command.EffectiveName is "aws" or "npm" or "pnpm" or "yarn" or "docker" or "podman" or "composer" or "git";

    private static IEnumerable<(string File, TextSpan Span)> CredentialWrites(ShellCommand command)
    {
        foreach (var redirection in command.Redirections)
        {
            if (!redirection.Operator.Contains('>') || redirection.Target is not { } target) continue;
            string file = target.Value ?? target.UnquotedText;
            if (!CredentialFiles.IsSecretFile(file)) continue;
            string content = string.Join(' ', command.Arguments.Select(a => a.UnquotedText));
            string name = Path.GetFileName(file);
            if (name is ".netrc" or "_netrc" or ".git-credentials" or "credentials" or ".pgpass" || CredentialContent().IsMatch(content))
                yield return (file, target.Span);
        }
        var positionals = command.PositionalArguments;
        string? written = command.EffectiveName switch
        {
            "aws" when positionals.Length >= 4 && positionals[0].Value == "configure" && positionals[1].Value == "set"
                && positionals[2].UnquotedText.Contains("aws_", StringComparison.Ordinal) => "~/.aws/credentials",
            "npm" or "pnpm" when positionals.Length >= 3 && positionals[0].Value == "config" && positionals[1].Value == "set"
                && CredentialContent().IsMatch(positionals[2].UnquotedText) => "~/.npmrc",
            "npm" when positionals.Length >= 1 && positionals[0].Value is "login" or "adduser" => "~/.npmrc",
            "yarn" when positionals.Length >= 3 && positionals[0].Value == "config" && positionals[1].Value == "set"
                && CredentialContent().IsMatch(positionals[2].UnquotedText) => "~/.yarnrc.yml",
            "docker" or "podman" when positionals.Length >= 1 && positionals[0].Value == "login" => "~/.docker/config.json",
            "composer" when positionals.Any(p => p.UnquotedText.StartsWith("http-basic", StringComparison.Ordinal)
                || p.UnquotedText.StartsWith("github-oauth", StringComparison.Ordinal)) => "~/.composer/auth.json",
            "git" when positionals.Length >= 1 && positionals[0].Value == "config"
                && positionals.Any(p => UrlWithUserInfo().IsMatch(p.UnquotedText) || p.UnquotedText.StartsWith("credential.", StringComparison.Ordinal) && p.UnquotedText.EndsWith(".password", StringComparison.Ordinal))
                => "~/.gitconfig",
            _ => null,
        };
        if (written is not null) yield return (written, command.Span);
    }

    private static IEnumerable<(string File, TextSpan Span)> RemovalTargets(ShellCommand command)
    {
        foreach (var path in CredentialFiles.RemovedPaths(command)) yield return (path, command.Span);
        var positionals = command.PositionalArguments;
        string? file = command.EffectiveName switch
        {
            "docker" or "podman" when positionals.FirstOrDefault()?.Value == "logout" => "~/.docker/config.json",
            "npm" when positionals.FirstOrDefault()?.Value == "logout" => "~/.npmrc",
            "npm" or "pnpm" when positionals.Length >= 3 && positionals[0].Value == "config" && positionals[1].Value is "delete" or "rm"
                => "~/.npmrc",
            "git" when positionals.FirstOrDefault()?.Value == "config" && command.HasFlag("unset", "unset-all", "remove-section") => "~/.gitconfig",
            _ => null,
        };
        if (file is not null) yield return (file, command.Span);
    }

    [GeneratedRegex(@"(?i)auth|token|passw|secret|api[-_]?key|login|credential|://[^/\s:@]+:[^/\s@]+@")]
    private static partial Regex CredentialContent();

    [GeneratedRegex(@"://[^/\s@]+@")]
    private static partial Regex UrlWithUserInfo();
}
