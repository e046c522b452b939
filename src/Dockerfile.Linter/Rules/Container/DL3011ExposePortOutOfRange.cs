using System.Globalization;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Rules;

/// <summary>DL3011: EXPOSE with a port outside 0–65535.</summary>
internal sealed class DL3011ExposePortOutOfRange : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Code = "DL3011",
        Name = "expose-port-out-of-range",
        Title = "Valid UNIX ports range from 0 to 65535",
        MessageFormat = "Port {0} is out of range; valid ports are 0 to 65535",
        Category = RuleCategory.Container,
        DefaultSeverity = Severity.Error,
        Hadolint = PresetSetting.On(Severity.Error),
        Docs = """
            ## What it does
            Reports an `EXPOSE` port, or the end of a port range, above 65535. Ports given through variables are checked
            with their ARG/ENV values; unknown values are not reported. `ONBUILD EXPOSE` is checked too.

            ## Why
            TCP and UDP ports are 16-bit numbers; a larger value is a typo, and the builder rejects it.

            ## Example
            ```dockerfile
            FROM nginx:1.27
            EXPOSE 80800
            ```

            ## Use instead
            ```dockerfile
            FROM nginx:1.27
            EXPOSE 8080
            ```

            ## Differences from hadolint
            hadolint skips every port written with a variable; here `ARG PORT=99999` then `EXPOSE $PORT` is reported.
            """,
    };

    public override void Register(RuleRegistrar registrar) => registrar.OnInstruction<ExposeInstruction>(Check);

    private static void Check(ExposeInstruction expose, RuleContext context)
    {
        foreach (var port in expose.Ports)
        {
            string? text = port.Raw.Text.Contains('$') ? context.Semantics.Expand(port.Raw, expose) : port.Raw.Text.Trim('"', '\'');
            if (string.IsNullOrEmpty(text)) continue;
            foreach (string number in ContainerPorts(text))
                if (IsOutOfRange(number))
                {
                    context.Report(port.Raw.Span, number);
                    break;
                }
        }
    }

    /// <summary>The container port numbers of <c>[ip:][host:]port[-end][/proto]</c>.</summary>
    private static IEnumerable<string> ContainerPorts(string text)
    {
        int slash = text.IndexOf('/');
        if (slash >= 0) text = text[..slash];
        int colon = text.LastIndexOf(':');
        if (colon >= 0) text = text[(colon + 1)..];
        return text.Split('-');
    }

    private static bool IsOutOfRange(string number)
    {
        if (number.Length == 0 || !number.All(char.IsAsciiDigit)) return false;
        return !long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out long value) || value > 65535;
    }
}
