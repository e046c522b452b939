using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Benchmarks;

/// <summary>
/// A rule that reports nothing and only builds what rules share (the semantic model, the shell script of every RUN
/// in a POSIX shell), so that a linter holding it and one real rule charges that rule only its own work
/// (<see cref="RuleCosts"/>).
/// </summary>
internal sealed class SharedAnalyses : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "ZZ0000",
        Name = "shared-analyses",
        Title = "Builds the shared analyses",
        MessageFormat = "unused",
        Category = RuleCategory.Meta,
        DefaultSeverity = Severity.Info,
        Docs = "Benchmark helper.",
    };

    public override void Register(RuleRegistrar registrar)
    {
        registrar.OnFile((syntax, context) => { _ = context.Semantics; });
        registrar.OnInstruction<RunInstruction>((run, context) =>
        {
            if (run.Command is ExecForm || context.Semantics.IsPosixShell(run)) context.GetScript(run);
        });
    }
}
