using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF4003: TLS certificate verification switched off (curl -k, wget --no-check-certificate, …).</summary>
internal sealed class DF4003TlsVerificationDisabled : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF4003",
        Name = "tls-verification-disabled",
        Title = "TLS certificate verification disabled",
        MessageFormat = "'{0}' turns off TLS certificate verification, so downloads can be tampered with; install the CA certificate instead",
        Category = RuleCategory.Security,
        DefaultSeverity = Severity.Warning,
        Docs = """
            ## What it does
            Reports switches that turn off TLS certificate checks:
            `curl -k`/`--insecure`, `wget --no-check-certificate`, `pip --trusted-host`,
            `npm`/`yarn`/`pnpm config set strict-ssl false` (and `--strict-ssl=false`),
            `git config http.sslVerify false` / `git -c http.sslVerify=false`, `conda config --set ssl_verify false`,
            `composer config secure-http false`, and the environment variables `GIT_SSL_NO_VERIFY`,
            `NODE_TLS_REJECT_UNAUTHORIZED=0`, `PYTHONHTTPSVERIFY=0`, `PIP_TRUSTED_HOST`, `NPM_CONFIG_STRICT_SSL=false`
            set with `ENV`, `ARG` or inside `RUN`.

            ## Why
            Without certificate verification anyone on the network path (a proxy, a compromised mirror) can serve
            modified packages or scripts, and the build will install them silently. Variables set with `ENV` keep the
            checks off in every container started from the image, too.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            RUN apk add --no-cache curl && curl -kfsSLo /usr/local/bin/tool https://tools.example.com/tool
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            COPY corp-root-ca.crt /usr/local/share/ca-certificates/corp-root-ca.crt
            RUN apk add --no-cache curl ca-certificates && update-ca-certificates \
                && curl -fsSLo /usr/local/bin/tool https://tools.example.com/tool
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar)
    {
        registrar.OnInstruction<RunInstruction>(CheckRun);
        registrar.OnInstruction<EnvInstruction>((env, context) =>
        {
            foreach (var pair in env.Pairs) CheckVariable(pair.Key, pair.Value, context);
        });
        registrar.OnInstruction<ArgInstruction>((arg, context) =>
        {
            foreach (var d in arg.Declarations)
                if (d.DefaultValue is { } value) CheckVariable(d.Name, value, context);
        });
    }

    private static void CheckVariable(Word name, Word value, RuleContext context)
    {
        var (text, _) = SecretValueText.Unquote(value);
        if (DisablesVerification(SecretValueText.Unquote(name).Value, text))
            context.Report(TextSpan.FromBounds(name.Span.Start, value.Span.End), $"{name.Text}={value.Text}");
    }

    /// <summary>True when setting <paramref name="name"/> to <paramref name="value"/> turns certificate checks off.</summary>
    internal static bool DisablesVerification(string name, string value)
    {
        string v = value.Trim().ToLowerInvariant();
        if (v.Contains('$')) return false;
        return name switch
        {
            "GIT_SSL_NO_VERIFY" => v is not ("" or "0" or "false" or "no" or "off"),
            "NODE_TLS_REJECT_UNAUTHORIZED" or "PYTHONHTTPSVERIFY" => v == "0",
            "PIP_TRUSTED_HOST" => v.Length > 0,
            "NPM_CONFIG_STRICT_SSL" or "npm_config_strict_ssl" => v is "false" or "0",
            _ => false,
        };
    }

    private static void CheckRun(RunInstruction run, RuleContext context)
    {
        foreach (var script in ScriptText.Of(run, run.Command))
            foreach (var command in CommandText.Split(script.Text))
                foreach (var word in Offending(command))
                    context.Report(script.ToSource(word.Start, word.Length), script.Text.Substring(word.Start, word.Length));
    }

    private static IEnumerable<ShellWord> Offending(SimpleShellCommand command)
    {
        foreach (var word in command.Words.Take(Math.Max(0, command.ProgramIndex)))
        {
            int eq = word.Value.IndexOf('=');
            if (eq > 0 && DisablesVerification(word.Value[..eq], word.Value[(eq + 1)..])) yield return word;
        }
        var args = command.Arguments.ToList();
        string program = command.Program;
        switch (program)
        {
            case "curl":
                foreach (var a in args)
                    if (a.Value == "--insecure" || IsShortCluster(a.Value, 'k', CurlValueFlags)) yield return a;
                break;
            case "wget":
                foreach (var a in args)
                    if (a.Value == "--no-check-certificate") yield return a;
                break;
            case "pip" or "pip3" or "python" or "python3" or "uv":
                foreach (var a in args)
                    if (a.Value == "--trusted-host" || a.Value.StartsWith("--trusted-host=", StringComparison.Ordinal)) yield return a;
                if (args.Count >= 3 && args[0].Value == "config" && args[1].Value == "set"
                    && args[2].Value.EndsWith("trusted-host", StringComparison.Ordinal)) yield return args[2];
                break;
            case "npm" or "yarn" or "pnpm":
                for (int i = 0; i < args.Count; i++)
                {
                    string a = args[i].Value.ToLowerInvariant();
                    if (a is "--strict-ssl=false" or "--strict-ssl=0") yield return args[i];
                    else if (a is "strict-ssl" && i + 1 < args.Count && args[i + 1].Value is "false" or "0")
                        yield return Join(args[i], args[i + 1]);
                    else if (a is "strict-ssl=false") yield return args[i];
                }
                break;
            case "git":
                for (int i = 0; i < args.Count; i++)
                {
                    string a = args[i].Value.ToLowerInvariant();
                    if (a.StartsWith("http.", StringComparison.Ordinal) && a.EndsWith(".sslverify=false", StringComparison.Ordinal)
                        || a == "http.sslverify=false")
                        yield return args[i];
                    else if ((a == "http.sslverify" || (a.StartsWith("http.", StringComparison.Ordinal) && a.EndsWith(".sslverify", StringComparison.Ordinal)))
                        && i + 1 < args.Count && args[i + 1].Value.ToLowerInvariant() is "false" or "0" or "no" or "off")
                        yield return Join(args[i], args[i + 1]);
                }
                break;
            case "conda" or "mamba" or "micromamba":
                for (int i = 0; i + 1 < args.Count; i++)
                    if (args[i].Value == "ssl_verify" && args[i + 1].Value.ToLowerInvariant() is "false" or "no" or "0")
                        yield return Join(args[i], args[i + 1]);
                break;
            case "composer":
                for (int i = 0; i + 1 < args.Count; i++)
                    if (args[i].Value == "secure-http" && args[i + 1].Value.ToLowerInvariant() is "false" or "0")
                        yield return Join(args[i], args[i + 1]);
                break;
            case "export":
                foreach (var a in args)
                {
                    int eq = a.Value.IndexOf('=');
                    if (eq > 0 && DisablesVerification(a.Value[..eq], a.Value[(eq + 1)..])) yield return a;
                }
                break;
        }
    }

    private static readonly string CurlValueFlags = "oOHdueXxAbcCDEFKmrTwyYzQPtU";

    /// <summary>True for a short-option cluster (<c>-fsSLk</c>) that contains <paramref name="flag"/> before any option that takes a value.</summary>
    internal static bool IsShortCluster(string word, char flag, string valueFlags)
    {
        if (word.Length < 2 || word[0] != '-' || word[1] == '-') return false;
        foreach (char c in word.AsSpan(1))
        {
            if (c == flag) return true;
            if (!char.IsAsciiLetter(c) || valueFlags.Contains(c)) return false;
        }
        return false;
    }

    private static ShellWord Join(ShellWord first, ShellWord last) =>
        new(first.Value + " " + last.Value, first.Start, last.End - first.Start);
}
