using System.Collections.Frozen;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Expansion;
using Dockerfile.Linter.Semantics;
using Dockerfile.Linter.Rules.Support;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DF6006: a variable the builder expands is not defined at that point (BuildKit's UndefinedVar).</summary>
internal sealed class DF6006UndefinedVar : Rule
{
    // Names base images commonly set in their environment: never reported for stages built on an image.
    private static readonly FrozenSet<string> s_imageEnvironment = new[]
    {
        "PATH", "HOME", "USER", "HOSTNAME", "SHELL", "LANG", "LANGUAGE", "LC_ALL", "TZ", "TERM", "DEBIAN_FRONTEND",
        "LD_LIBRARY_PATH", "JAVA_HOME", "JAVA_VERSION", "JDK_VERSION", "JRE_HOME", "MAVEN_HOME", "MAVEN_VERSION",
        "GRADLE_HOME", "GRADLE_VERSION", "GOPATH", "GOROOT", "GOLANG_VERSION", "GOTOOLCHAIN", "NODE_VERSION",
        "YARN_VERSION", "NPM_CONFIG_PREFIX", "PYTHON_VERSION", "PYTHON_SHA256", "PYTHONPATH", "PIP_VERSION",
        "RUBY_VERSION", "RUBY_MAJOR", "GEM_HOME", "BUNDLE_PATH", "BUNDLE_APP_CONFIG", "CARGO_HOME", "RUSTUP_HOME",
        "RUST_VERSION", "PHP_VERSION", "PHP_INI_DIR", "PHPIZE_DEPS", "DOTNET_VERSION", "ASPNET_VERSION",
        "ASPNETCORE_URLS", "DOTNET_RUNNING_IN_CONTAINER", "CONDA_DIR", "CUDA_VERSION", "NVIDIA_VISIBLE_DEVICES",
        "NGINX_VERSION", "HTTPD_PREFIX", "CATALINA_HOME", "TOMCAT_VERSION", "PG_MAJOR", "PG_VERSION", "PGDATA",
        "MYSQL_MAJOR", "MYSQL_VERSION", "REDIS_VERSION", "ERLANG_VERSION", "ELIXIR_VERSION", "APP_ROOT",
        "STI_SCRIPTS_PATH", "HOME_DIR", "NB_USER", "NB_UID", "NB_GID", "CONDA_DIR", "WORKDIR",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Predefined proxy arguments: the builder lets them through without a declaration.
    private static readonly FrozenSet<string> s_proxyArguments = new[]
    {
        "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy",
        "ALL_PROXY", "all_proxy",
    }.ToFrozenSet(StringComparer.Ordinal);

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF6006",
        Name = "undefined-variable",
        Title = "Variables should be defined before they are used",
        MessageFormat = "Usage of undefined variable '${0}'{1}",
        Category = RuleCategory.Configuration,
        DefaultSeverity = Severity.Info,
        PresetRationale = "Without the base image's configuration the linter cannot see variables the base image sets; most corpus findings were such variables ($ORACLE_HOME, $NVM_DIR).",
        Aliases = ["UndefinedVar"],
        Docs = """
            ## What it does
            Reports a variable that the builder itself expands but that is not defined at that point, like
            BuildKit's `UndefinedVar` check. Only builder-expanded values are looked at: `COPY`/`ADD` paths, their
            `--chown`, `--chmod` and `--checksum` values and heredoc bodies (unquoted delimiter), `ENV` and `LABEL`
            keys and values, `ARG` defaults, `WORKDIR`, `USER`, `VOLUME`, `STOPSIGNAL` and `RUN --mount` options —
            never the command text of `RUN`, `CMD` or `ENTRYPOINT`, which the shell expands at run time. A name is
            defined when an `ENV` or `ARG` earlier in the stage (or in a stage it is built `FROM`) declares it; an
            `ARG` without a value counts. Global `ARG`s (before the first `FROM`) and the automatic platform
            arguments (`TARGETARCH` …) are **not** visible inside a stage until the stage declares them with `ARG
            NAME`. When a visible name is close, the message suggests it.

            ## Why
            An undefined variable expands to an empty string without any error, so `COPY app-${VERSON}.jar /app.jar`
            copies `app-.jar` and `WORKDIR $APP_HOME` with a global-only `ARG APP_HOME` works in a different directory
            than intended.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            ARG APP_DIR=/srv/app
            WORKDIR $APP_DRI
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            ARG APP_DIR=/srv/app
            WORKDIR $APP_DIR
            ```

            ## Differences from hadolint
            hadolint has no such rule. BuildKit knows the environment of the base image (it reads the image
            configuration from the registry); a linter does not. To avoid false positives, in a stage built on an
            image (directly or through `FROM <stage>`), a name is only reported when it is (a) declared somewhere
            else in this Dockerfile — a global `ARG`, an `ARG`/`ENV` of another stage or later in this one, or an
            automatic platform argument — but not visible here, or (b) within two edits of a visible name (a likely
            typo); and never when it is a name base images commonly set (`PATH`, `HOME`, `JAVA_HOME`, `GOPATH`,
            `NODE_VERSION`, …), nor when an `ENV` or `ARG` extends or defaults the variable it sets
            (`ENV PKG_CONFIG_PATH=/opt/lib/pkgconfig:$PKG_CONFIG_PATH`, `ARG MODE=${MODE:-prod}`: that reads what the
            base image may have set), nor in Windows stages (backtick escape, a non-POSIX `SHELL`, a `windows`,
            `nanoserver` or
            `servercore` image), whose operating system brings its own variables; a likely typo (b) is still reported
            in these cases, but a commonly set name never is. In stages built on `scratch` every undefined name is
            reported, as BuildKit does
            (`PATH` is always defined). The predefined proxy arguments (`HTTP_PROXY` …) are never reported. BuildKit
            marks the whole instruction (its checks only record line ranges); this rule marks the variable reference. `ONBUILD` triggers are skipped: the
            builder expands them in the child build, against the child's environment.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnFile(Check);

    // A stage not built on another inherits only PATH (from the image, as far as the builder knows); never changed.
    private static readonly HashSet<string> s_rootInherited = new(StringComparer.Ordinal) { "PATH" };

    private static void Check(DockerfileSyntax syntax, RuleContext context)
    {
        // Everything per file is computed once and each stage's inherited names are handed on to the stages built
        // on it, so a chain of thousands of stages stays linear. The per-stage tables are needed only by a file
        // whose stages build on each other.
        var declaredAnywhere = new DeclaredNames(syntax);
        Dictionary<StageInfo, (HashSet<string> Inherited, bool Windows)>? lineage = null;
        foreach (var info in context.Semantics.Stages)
        {
            HashSet<string> inherited;
            bool windows;
            if (info.BaseStage is { } parent && lineage is not null && lineage.TryGetValue(parent, out var ofParent))
            {
                // The parent's set is shared unless the parent's final scope adds names to it.
                var parentInherited = ofParent.Inherited;
                inherited = parent.FinalScope.Variables.Keys.All(parentInherited.Contains)
                    ? parentInherited
                    : new HashSet<string>(parentInherited.Concat(parent.FinalScope.Variables.Keys), StringComparer.Ordinal);
                windows = ofParent.Windows;
            }
            else
            {
                inherited = s_rootInherited;
                windows = LooksLikeWindowsImage(info);
            }
            if (HasChildStage(info))
                (lineage ??= new Dictionary<StageInfo, (HashSet<string>, bool)>(ReferenceEqualityComparer.Instance))[info] = (inherited, windows);
            CheckStage(info, context, inherited, declaredAnywhere, windows || LooksLikeWindowsShell(info, context));
        }
    }

    private static bool HasChildStage(StageInfo info)
    {
        foreach (var dependent in info.Dependents)
            if (dependent.Kind == StageReferenceKind.FromBase) return true;
        return false;
    }

    private static void CheckStage(StageInfo info, RuleContext context, HashSet<string> inherited, DeclaredNames declaredAnywhere, bool windows)
    {
        Checker? checker = null;
        string text = context.Source.Text;
        foreach (var instruction in info.Stage.Instructions)
        {
            // Every piece the builder expands lies in the instruction's text: without a '$' there is nothing to check.
            var span = instruction.FullSpan;
            int start = Math.Clamp(span.Start, 0, text.Length);
            if (text.AsSpan(start, Math.Clamp(span.End, start, text.Length) - start).IndexOf('$') < 0) continue;
            checker ??= new Checker(context, inherited, declaredAnywhere, info.IsFromScratch, windows);
            checker.CheckInstruction(instruction);
        }
    }

    // Windows images bring an environment of their own (ProgramFiles, SystemRoot …) that a linter cannot see.
    private static bool LooksLikeWindowsShell(StageInfo stage, RuleContext context) =>
        context.Syntax.EscapeCharacter == '`' || !context.Semantics.IsPosixShell(stage.Stage.From);

    /// <summary>Whether the image at the root of the stage's lineage (here, a stage not built on another) is a Windows one.</summary>
    private static bool LooksLikeWindowsImage(StageInfo root)
    {
        string image = root.BaseImage ?? root.Stage.From.Image?.Text ?? "";
        return image.Contains("windows", StringComparison.OrdinalIgnoreCase)
               || image.Contains("nanoserver", StringComparison.OrdinalIgnoreCase)
               || image.Contains("servercore", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The names some ARG or ENV of the file declares (and the automatic ones), gathered when first asked: only an undefined name asks.</summary>
    private sealed class DeclaredNames(DockerfileSyntax syntax)
    {
        private HashSet<string>? _names;

        public bool Contains(string name) => (_names ??= Gather()).Contains(name);

        private HashSet<string> Gather()
        {
            var names = new HashSet<string>(GlobalArguments.Automatic.Select(a => a.Key), StringComparer.Ordinal);
            foreach (var instruction in syntax.Instructions)
            {
                var inner = instruction is OnbuildInstruction { Trigger: { } t } ? t : instruction;
                if (inner is ArgInstruction arg) foreach (var d in arg.Declarations) names.Add(d.Name.Text);
                if (inner is EnvInstruction env) foreach (var p in env.Pairs) names.Add(p.Key.Text);
            }
            return names;
        }
    }

    /// <summary>
    /// Checks the instructions of one stage. It is its own variable lookup: a name is known when the stage inherits
    /// it, the scope of the instruction declares it or an earlier declaration of the same ARG does (every known name
    /// expands to a placeholder value).
    /// </summary>
    private sealed class Checker(RuleContext context, HashSet<string> inherited, DeclaredNames declaredAnywhere, bool fromScratch, bool windows)
        : IVariableLookup
    {
        private readonly char _escape = context.Syntax.EscapeCharacter;
        private string? _selfReference;
        private Instruction? _instruction;
        private VariableScope? _scope;
        private List<string>? _declaredHere;

        private VariableScope Scope => _scope ??= context.Semantics.GetScope(_instruction!);

        private bool IsKnown(string name) =>
            inherited.Contains(name) || Scope.IsDeclared(name) || _declaredHere?.Contains(name) == true;

        // Every known name, for a suggestion: made only for a name that is not one of them.
        private HashSet<string> AllKnown()
        {
            var known = new HashSet<string>(inherited, StringComparer.Ordinal);
            known.UnionWith(Scope.Variables.Keys);
            if (_declaredHere is not null) known.UnionWith(_declaredHere);
            return known;
        }

        public bool TryGetValue(string name, out string value)
        {
            value = "x";
            return IsKnown(name);
        }

        public void CheckInstruction(Instruction instruction)
        {
            _instruction = instruction;
            _scope = null;
            _declaredHere?.Clear();
            foreach (var piece in BuilderExpansion.Of(instruction))
            {
                // An ENV value or ARG default that reads its own name reads what the base image may have set.
                _selfReference = piece.Declares;
                if (piece.IsHeredocBody) Report(piece.Text, piece.Span, VariableExpander.Default, true);
                else Report(piece.Text, piece.Span, VariableExpander.For(_escape), false);
                _selfReference = null;
                // An ARG's name is visible to the declarations after it; an ENV's only to the next instruction.
                if (instruction is ArgInstruction && piece.Declares is { } declared) (_declaredHere ??= []).Add(declared);
            }
        }

        private void Report(string text, TextSpan span, VariableExpander expander, bool heredoc)
        {
            if (!text.Contains('$') || AllReferencesKnown(text)) return;
            var result = heredoc ? expander.ExpandHeredocBody(text, this) : expander.ExpandWord(text, this);
            HashSet<string>? known = null;
            foreach (var name in result.UnresolvedNames)
            {
                if (s_proxyArguments.Contains(name)) continue;
                string? suggestion = DidYouMean.Suggest(name, (known ??= AllKnown()).Order(StringComparer.Ordinal));
                if (!fromScratch && (s_imageEnvironment.Contains(name)
                    || (suggestion is null && (windows || name == _selfReference || !declaredAnywhere.Contains(name)))))
                    continue;
                var at = VariableReferences.Locate(text, span, name, heredoc ? '\\' : _escape, quotesAreLiteral: heredoc);
                context.Report(at, name, DidYouMean.Hint(suggestion, "$"));
            }
        }

        /// <summary>
        /// True when every <c>$name</c> and <c>${name…</c> written in <paramref name="text"/> names a known variable:
        /// the expander looks up no other name, so none can be unresolved. Anything else (a name that starts with a
        /// digit, a special parameter, a character outside the basic plane) goes to the expander.
        /// </summary>
        private bool AllReferencesKnown(string text)
        {
            for (int i = text.IndexOf('$'); i >= 0; i = text.IndexOf('$', i))
            {
                int start = i + 1;
                if (start < text.Length && text[start] == '{') start++;
                int end = start;
                if (end >= text.Length || !(char.IsLetter(text[end]) || text[end] == '_')) return false;
                while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_')) end++;
                if (end < text.Length && char.IsSurrogate(text[end])) return false;
                if (!IsKnown(text[start..end])) return false;
                i = end;
            }
            return true;
        }
    }
}
