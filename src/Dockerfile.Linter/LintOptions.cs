using Dockerfile.Linter.Diagnostics;

namespace Dockerfile.Linter;

/// <summary>
/// What to lint and how. Rule references (in <see cref="Ignore"/>, <see cref="Enable"/>, <see cref="SeverityOverrides"/>)
/// accept a code (<c>DL3008</c>), a kebab-case name (<c>apt-get-unpinned-package</c>) or an alias such as a BuildKit
/// check name (<c>MaintainerDeprecated</c>), case-insensitively. The linter reads the options when it is created and
/// refuses (<see cref="ArgumentException"/>) a reference to a rule, setting or setting value that does not exist.
/// </summary>
public sealed class LintOptions
{
    /// <summary>
    /// The preset that decides, per rule, whether it runs and at which severity (default
    /// <see cref="Rules.Preset.Recommended"/>). <see cref="Ignore"/>, <see cref="Enable"/> and
    /// <see cref="SeverityOverrides"/> apply on top of it. The preset's failure threshold is for the caller's exit
    /// policy (<see cref="Configuration.FailureThresholds.DefaultFor"/>).
    /// </summary>
    public Rules.Preset Preset { get; init; } = Rules.Preset.Recommended;

    /// <summary>Rules that never run.</summary>
    public ISet<string> Ignore { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Rules that are off under the <see cref="Preset"/> (by default: <see cref="Rules.RuleDescriptor.EnabledByDefault"/> false) and should run.</summary>
    public ISet<string> Enable { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Severity per rule; a null value turns the rule off, a non-null value also turns on a rule that is off by default.
    /// Wins over <c># check=error=true</c> in the Dockerfile.
    /// </summary>
    public IDictionary<string, Severity?> SeverityOverrides { get; init; } = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registries base images may come from (hadolint's <c>trustedRegistries</c>; <c>*</c>, <c>*.suffix</c>, <c>prefix*</c> patterns). Empty: no restriction.</summary>
    public IList<string> TrustedRegistries { get; init; } = new List<string>();

    /// <summary>Labels every image must carry, with the type of their value: <c>text</c>, <c>url</c>, <c>semver</c>, <c>hash</c>, <c>rfc3339</c>, <c>spdx</c> or <c>email</c> (hadolint's <c>label-schema</c>).</summary>
    public IDictionary<string, string> LabelSchema { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Labels not in <see cref="LabelSchema"/> are reported (hadolint's <c>strict-labels</c>).</summary>
    public bool StrictLabels { get; init; }

    /// <summary>The build-context directory (for <c>.dockerignore</c> and COPY source checks), or null when unknown.</summary>
    public string? ContextDirectory { get; init; }

    /// <summary>
    /// The build context to check COPY/ADD sources and <c>.dockerignore</c> against. When null and
    /// <see cref="ContextDirectory"/> is set, each linted file opens the context itself (its ignore file depends on
    /// the Dockerfile's path); set this to share one walk across many files of the same context.
    /// </summary>
    public Context.BuildContext? BuildContext { get; init; }

    /// <summary>
    /// Infer the build context of files linted from disk (<see cref="DockerfileLinter.LintFile"/>, or a
    /// <see cref="DockerfileLinter.Lint(string, string?)"/> path that exists) when neither <see cref="ContextDirectory"/>
    /// nor <see cref="BuildContext"/> is set: from a compose service or bake target that builds the file, else its
    /// folder or the ancestor folder where its COPY sources are (see <see cref="Context.BuildContextInferrer"/>).
    /// </summary>
    public bool InferBuildContext { get; init; }

    /// <summary>
    /// Named build contexts (<c>docker buildx build --build-context name=value</c>): <c>FROM name</c> and
    /// <c>COPY --from=name</c> read from them, so they are neither images nor missing stages. A value is a folder
    /// (relative paths resolve against the current directory), <c>docker-image://…</c>, <c>target:…</c>,
    /// <c>oci-layout://…</c> or a URL. They win over named contexts of an inferred compose or bake build.
    /// </summary>
    public IDictionary<string, string> NamedContexts { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// The build's arguments (<c>docker build --build-arg KEY=VALUE</c>), by name (case-sensitive, as BuildKit reads
    /// them). A value replaces the default of the <c>ARG KEY</c> that declares it, in the global scope and in stages,
    /// wherever rules resolve ARG values (base images, undefined variables, …); an argument no <c>ARG</c> declares does
    /// nothing, as in a build. <c>BUILDKIT_DOCKERFILE_CHECK</c> replaces the file's <c># check=</c> directive
    /// (same syntax: <c>skip=A,B;error=true;experimental=C</c>). InvalidDefaultArgInFrom still judges the defaults.
    /// </summary>
    public IDictionary<string, string> BuildArgs { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Ignore the inline suppression comments (<c># hadolint ignore=…</c>, <c># dockerfile-lint ignore=…</c>); hadolint's <c>disable-ignore-pragma</c>. BuildKit's <c># check=</c> settings still apply.</summary>
    public bool DisableInlineSuppressions { get; init; }

    /// <summary>
    /// Per-rule settings such as thresholds: the outer key is a rule reference (code, name or alias, case-insensitive),
    /// the inner map holds setting names (case-insensitive) and their values as text, e.g.
    /// <c>RuleSettings["DF1201"]["max-length"] = "100"</c>. Each rule documents the settings it reads under
    /// <c>## Options</c> (and in <see cref="Rules.RuleDescriptor.Settings"/>); an unknown rule or setting name, or a value
    /// the setting cannot use, makes the <see cref="DockerfileLinter"/> constructor throw.
    /// </summary>
    public IDictionary<string, IDictionary<string, string>> RuleSettings { get; init; } =
        new Dictionary<string, IDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Delegate the ShellCheck codes this linter does not implement to a <c>shellcheck</c> executable
    /// (<see cref="ShellCheckExecutable"/>): it checks the script of every shell-form RUN of a POSIX stage (heredoc
    /// bodies included) with the stage's shell, and its findings are reported under their <c>SC</c> codes at the exact
    /// place in the Dockerfile, through the same suppressions, presets and severity overrides as every finding (rule
    /// <c>DF0004</c>, <c>shellcheck-external</c>). Codes implemented in process are never taken from it. Off by default:
    /// the default run never starts a process. When the executable is missing, fails, or takes longer than
    /// <see cref="ShellCheckTimeout"/>, each affected file gets one DF0004 finding saying so.
    /// </summary>
    public bool ShellCheck { get; init; }

    /// <summary>The ShellCheck executable for <see cref="ShellCheck"/>: a path, or a name looked up on <c>PATH</c> (default <c>shellcheck</c>).</summary>
    public string ShellCheckExecutable { get; init; } = "shellcheck";

    /// <summary>How long one <c>shellcheck</c> process may run (one per file and shell, all its RUNs at once) before it is killed; default 30 seconds.</summary>
    public TimeSpan ShellCheckTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A copy whose collections are new (case-insensitive where the defaults are) and can be changed independently.</summary>
    public LintOptions Clone() => Clone(ShellCheckExecutable);

    /// <summary>A copy (as <see cref="Clone()"/>) that runs <paramref name="shellCheckExecutable"/> for <see cref="ShellCheck"/>.</summary>
    internal LintOptions Clone(string shellCheckExecutable) => new()
    {
        Preset = Preset,
        Ignore = new HashSet<string>(Ignore, StringComparer.OrdinalIgnoreCase),
        Enable = new HashSet<string>(Enable, StringComparer.OrdinalIgnoreCase),
        SeverityOverrides = new Dictionary<string, Severity?>(SeverityOverrides, StringComparer.OrdinalIgnoreCase),
        TrustedRegistries = new List<string>(TrustedRegistries),
        LabelSchema = new Dictionary<string, string>(LabelSchema, StringComparer.Ordinal),
        StrictLabels = StrictLabels,
        ContextDirectory = ContextDirectory,
        BuildContext = BuildContext,
        InferBuildContext = InferBuildContext,
        NamedContexts = new Dictionary<string, string>(NamedContexts, StringComparer.Ordinal),
        BuildArgs = new Dictionary<string, string>(BuildArgs, StringComparer.Ordinal),
        DisableInlineSuppressions = DisableInlineSuppressions,
        ShellCheck = ShellCheck,
        ShellCheckExecutable = shellCheckExecutable,
        ShellCheckTimeout = ShellCheckTimeout,
        RuleSettings = RuleSettings.ToDictionary(
            e => e.Key,
            e => (IDictionary<string, string>)new Dictionary<string, string>(e.Value, StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase),
    };

    /// <summary>New options with every default.</summary>
    public static LintOptions Default => new();
}
