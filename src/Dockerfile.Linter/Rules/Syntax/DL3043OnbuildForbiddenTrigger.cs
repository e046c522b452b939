using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3043: ONBUILD wrapping ONBUILD, FROM or MAINTAINER.</summary>
internal sealed class DL3043OnbuildForbiddenTrigger : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3043",
        Name = "onbuild-forbidden-trigger",
        Title = "ONBUILD cannot wrap ONBUILD, FROM or MAINTAINER",
        MessageFormat = "ONBUILD {0} is not allowed",
        Category = RuleCategory.Syntax,
        IncludeOnbuildTriggers = false,
        DefaultSeverity = Severity.Error,
        Hadolint = PresetSetting.On(Severity.Error),
        Docs = """
            ## What it does
            Reports an `ONBUILD` whose trigger is `ONBUILD`, `FROM` or `MAINTAINER`.

            ## Why
            The builder rejects these triggers: a trigger cannot start a new stage, cannot chain another trigger, and
            `MAINTAINER` is not allowed there. The image that carries such a trigger breaks every build that uses it
            as a base.

            ## Example
            ```dockerfile
            FROM alpine:3.20
            ONBUILD FROM alpine:3.20
            ```

            ## Use instead
            ```dockerfile
            FROM alpine:3.20
            ONBUILD COPY . /app
            ```
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<OnbuildInstruction>(Check);

    private static void Check(OnbuildInstruction onbuild, RuleContext context)
    {
        if (onbuild.Trigger is { Kind: InstructionKind.Onbuild or InstructionKind.From or InstructionKind.Maintainer } trigger)
            context.Report(trigger.Keyword.Span, trigger.Keyword.Text.ToUpperInvariant());
    }
}
