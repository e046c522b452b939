using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Tests.Rules.Engine;

/// <summary>Rules that exist only to observe the engine.</summary>
internal static class TestRules
{
    public static RuleDescriptor Descriptor(string code, string name, string format = "{0}", bool enabledByDefault = true,
        Severity severity = Severity.Warning, params string[] aliases) => new()
    {
        Code = code,
        Name = name,
        Title = name,
        MessageFormat = format,
        Category = RuleCategory.Meta,
        DefaultSeverity = severity,
        EnabledByDefault = enabledByDefault,
        Aliases = [.. aliases],
        Docs = "## What it does\ntest\n",
    };

    /// <summary>A descriptor for a test rule that sometimes offers a fix.</summary>
    public static RuleDescriptor FixingDescriptor(string code, string name) => Descriptor(code, name) is var d
        ? new RuleDescriptor
        {
            Code = d.Code, Name = d.Name, Title = d.Title, MessageFormat = d.MessageFormat, Category = d.Category,
            DefaultSeverity = d.DefaultSeverity, Docs = d.Docs, Fix = FixAvailability.Sometimes,
        }
        : null!;
}

/// <summary>Reports every instruction's keyword with what the context said about it.</summary>
internal sealed class RecordingRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = TestRules.Descriptor("DF9901", "recording");

    public override void Register(RuleRegistrar registrar)
    {
        registrar.OnInstruction<Instruction>((i, c) =>
            c.Report(i.Keyword.Span, $"instruction {i.Keyword.Text} stage={c.CurrentStage?.Index.ToString() ?? "-"} onbuild={c.IsOnbuildTrigger} parent={c.OnbuildParent?.Keyword.Text ?? "-"}"));
        registrar.OnInstruction<FileTransferInstruction>((i, c) => c.Report(i.Keyword.Span, $"transfer {i.Keyword.Text}"));
        registrar.OnStage((s, c) => c.Report(s.From.Keyword.Span, $"stage {s.Index} current={c.CurrentStage?.Index}"));
        registrar.OnFile((f, c) => c.Report(new TextSpan(0, 0), $"file stage={c.CurrentStage?.Index.ToString() ?? "-"}"));
    }
}

/// <summary>Throws on every RUN.</summary>
internal sealed class ThrowingRule : Rule
{
    public override RuleDescriptor Descriptor { get; } = TestRules.Descriptor("DF9902", "throwing");

    public override void Register(RuleRegistrar registrar) =>
        registrar.OnInstruction<RunInstruction>((_, _) => throw new InvalidOperationException("boom"));
}

/// <summary>Reports every FROM; configurable metadata.</summary>
internal sealed class FromRule(RuleDescriptor descriptor) : Rule
{
    public override RuleDescriptor Descriptor { get; } = descriptor;

    public override void Register(RuleRegistrar registrar) =>
        registrar.OnInstruction<FromInstruction>((f, c) => c.Report(f.Keyword.Span, f.Image?.Text));
}

/// <summary>Reports on every FROM at a span chosen by the test, with an optional related span and fix edit.</summary>
internal sealed class BadSpanRule(Func<FromInstruction, TextSpan> span, Func<FromInstruction, TextSpan>? related = null,
    Func<FromInstruction, TextSpan>? edit = null) : Rule
{
    public override RuleDescriptor Descriptor { get; } = TestRules.Descriptor("DF9903", "bad-span");

    public override void Register(RuleRegistrar registrar) =>
        registrar.OnInstruction<FromInstruction>((f, c) => c.Report(span(f),
            related is null ? [] : [new RelatedSpan(related(f), "related")],
            edit is null ? null : new Fix("edit", [new TextEdit(edit(f), "x")]), "bad"));
}

/// <summary>Reports COPY, ONBUILD and RUN instructions and RUN commands, marking those seen as ONBUILD triggers with '*'.</summary>
internal sealed class TriggerAwareRule(bool includeOnbuildTriggers) : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DF9904", Name = "trigger-aware", Title = "trigger-aware", MessageFormat = "{0}", Category = RuleCategory.Meta,
        DefaultSeverity = Severity.Warning, Docs = "## What it does\ntest\n", IncludeOnbuildTriggers = includeOnbuildTriggers,
    };

    public override void Register(RuleRegistrar registrar)
    {
        registrar.OnInstruction<Instruction>((i, c) =>
        {
            if (i is CopyInstruction or OnbuildInstruction or RunInstruction)
                c.Report(i.Keyword.Span, i.Keyword.Text + (c.IsOnbuildTrigger ? "*" : ""));
        });
        registrar.OnRunCommand((command, c) => c.Report(command.NameWord!.Span, command.EffectiveName + (c.IsOnbuildTrigger ? "*" : "")));
    }
}
