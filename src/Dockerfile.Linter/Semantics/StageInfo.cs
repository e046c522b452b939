using System.Collections.Immutable;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Semantics;

/// <summary>What is known about one build stage.</summary>
public sealed class StageInfo
{
    internal StageInfo(Stage stage) => Stage = stage;

    /// <summary>The stage in the syntax tree.</summary>
    public Stage Stage { get; }

    /// <summary>Position of the stage's FROM among the file's top-level instructions.</summary>
    internal int FromIndex { get; set; }

    /// <summary>0-based position among the stages.</summary>
    public int Index => Stage.Index;

    /// <summary>The stage name lower-cased, or null.</summary>
    public string? Name => Stage.Name;

    /// <summary>The FROM image after expanding global ARGs, or null when it cannot be known statically.</summary>
    public string? BaseImage
    {
        get => _baseImageIsText ? Stage.From.Image!.Text : _links?.BaseImage;
        internal set
        {
            // nearly always the image as written (no variables): then the image's own text is the value
            _baseImageIsText = value is not null && string.Equals(value, Stage.From.Image?.Text, StringComparison.Ordinal);
            if (!_baseImageIsText && (value is not null || _links is not null)) (_links ??= new Links()).BaseImage = value;
        }
    }

    /// <summary>The earlier stage this one is built on (<c>FROM &lt;alias&gt;</c>), or null when it starts from an image.</summary>
    public StageInfo? BaseStage
    {
        get => _links?.BaseStage;
        internal set { if (value is not null || _links is not null) (_links ??= new Links()).BaseStage = value; }
    }

    /// <summary>True when the stage starts from <c>scratch</c> (directly or through its base stages).</summary>
    public bool IsFromScratch { get; internal set; }

    /// <summary>True for the last stage (the default build target).</summary>
    public bool IsFinal { get; internal set; }

    // A file of thousands of one-line stages keeps one of these per stage: what most stages lack (references to or
    // from other stages, a base stage, a base image other than the one written, anything at their end but the
    // defaults) sits in objects made only when present or shared.
    private Links? _links;
    private End _end = End.Unknown;
    private bool _baseImageIsText;

    private sealed class Links
    {
        public ImmutableArray<StageReference> Dependencies = [];
        public ImmutableArray<StageReference> Dependents = [];
        public StageInfo? BaseStage;
        public string? BaseImage;
    }

    /// <summary>What is in effect at the end of the stage.</summary>
    private sealed record End(VariableScope Scope, ImmutableArray<string> Shell, WorkdirInstruction? Workdir, UserInstruction? User)
    {
        public static readonly End Unknown = new(VariableScope.Empty(false), SemanticModel.DefaultShell, null, null);
        public static readonly End Unset = new(VariableScope.Empty(true), SemanticModel.DefaultShell, null, null);
    }

    /// <summary>References from this stage to other stages (FROM, COPY --from, RUN --mount from=).</summary>
    public ImmutableArray<StageReference> Dependencies
    {
        get => _links?.Dependencies ?? [];
        internal set { if (!value.IsDefaultOrEmpty || _links is not null) (_links ??= new Links()).Dependencies = value; }
    }

    /// <summary>References from other stages to this one.</summary>
    public ImmutableArray<StageReference> Dependents
    {
        get => _links?.Dependents ?? [];
        internal set { if (!value.IsDefaultOrEmpty || _links is not null) (_links ??= new Links()).Dependents = value; }
    }

    /// <summary>The SHELL in effect at the end of the stage (inherited by stages built on it).</summary>
    public ImmutableArray<string> FinalShell => _end.Shell;

    /// <summary>The last WORKDIR of the stage or its base stages, or null.</summary>
    public WorkdirInstruction? FinalWorkdir => _end.Workdir;

    /// <summary>The last USER of the stage or its base stages, or null (the base image's user applies).</summary>
    public UserInstruction? FinalUser => _end.User;

    /// <summary>True when a later stage is built on this one (<c>FROM &lt;alias&gt;</c>).</summary>
    public bool IsBaseOfAnotherStage => Dependents.Any(r => r.Kind == StageReferenceKind.FromBase);

    /// <summary>True when another stage copies or mounts files from this one.</summary>
    public bool IsCopiedFrom => Dependents.Any(r => r.Kind != StageReferenceKind.FromBase);

    /// <summary>The variables visible at the end of the stage.</summary>
    public VariableScope FinalScope => _end.Scope;

    /// <summary>Records what is in effect at the end of the stage (a shared object when it is all the defaults).</summary>
    internal void SetEnd(VariableScope scope, ImmutableArray<string> shell, WorkdirInstruction? workdir, UserInstruction? user)
    {
        bool defaults = scope.Variables.IsEmpty && shell == SemanticModel.DefaultShell && workdir is null && user is null;
        _end = !defaults ? new End(scope, shell, workdir, user)
            : scope == End.Unset.Scope ? End.Unset
            : scope == End.Unknown.Scope ? End.Unknown
            : new End(scope, shell, workdir, user);
    }

    /// <inheritdoc/>
    public override string ToString() => Name is null ? $"stage {Index}" : $"stage {Index} ({Name})";
}

/// <summary>How one stage refers to another.</summary>
public enum StageReferenceKind
{
    /// <summary><c>FROM &lt;alias&gt;</c>.</summary>
    FromBase,
    /// <summary><c>COPY --from=&lt;alias or index&gt;</c>.</summary>
    CopyFrom,
    /// <summary><c>RUN --mount=…,from=&lt;alias&gt;</c>.</summary>
    MountFrom,
}

/// <summary>An edge of the stage graph.</summary>
/// <param name="Kind">Which instruction creates the edge.</param>
/// <param name="Instruction">The FROM, COPY or RUN instruction.</param>
/// <param name="From">The stage holding <paramref name="Instruction"/>.</param>
/// <param name="To">The stage referred to.</param>
/// <param name="Span">Where the reference is written (the image word or the flag value).</param>
public sealed record StageReference(StageReferenceKind Kind, Instruction Instruction, StageInfo From, StageInfo To, TextSpan Span);

/// <summary>An ONBUILD trigger seen as the instruction it wraps.</summary>
/// <param name="Onbuild">The ONBUILD instruction.</param>
/// <param name="Trigger">The wrapped instruction.</param>
/// <param name="Stage">The stage holding the ONBUILD, or null before the first FROM.</param>
public sealed record OnbuildTrigger(OnbuildInstruction Onbuild, Instruction Trigger, StageInfo? Stage);
