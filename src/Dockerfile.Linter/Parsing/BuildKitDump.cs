using System.Text;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Parsing;

/// <summary>Writes a syntax tree in BuildKit's <c>Node.Dump()</c> format (the conformance <c>result</c> format).</summary>
public static class BuildKitDump
{
    /// <summary>One line per top-level instruction, each ending in <c>\n</c>, exactly as BuildKit's <c>Dump()</c> + <c>"\n"</c>.</summary>
    public static string Dump(DockerfileSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        var sb = new StringBuilder();
        foreach (var instruction in syntax.Instructions)
            sb.Append('(').Append(DumpInstruction(instruction)).Append(")\n");
        return sb.ToString();
    }

    /// <summary>The dump of one instruction, without the surrounding parentheses.</summary>
    public static string DumpInstruction(Instruction instruction)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        var sb = new StringBuilder();
        sb.Append(instruction.Keyword.Text.ToLowerInvariant());
        if (instruction.Flags.Length > 0)
        {
            sb.Append(" [");
            for (int i = 0; i < instruction.Flags.Length; i++)
            {
                if (i > 0) sb.Append(' ');
                GoText.AppendQuoted(sb, GoText.Latin1Mangle(instruction.Flags[i].Raw.Text.Length == 0 ? "" : FlagText(instruction.Flags[i])));
            }
            sb.Append(']');
        }
        if (instruction is OnbuildInstruction { Trigger: { } trigger })
        {
            sb.Append(" (").Append(DumpInstruction(trigger)).Append(')');
        }
        else
        {
            foreach (var argument in Arguments(instruction))
            {
                sb.Append(' ');
                GoText.AppendQuoted(sb, argument);
            }
        }
        return sb.ToString().Trim(' ', '\t', '\n', '\v', '\f', '\r');
    }

    private static string FlagText(Flag flag) => flag.Value is null ? "--" + flag.Name : "--" + flag.Name + "=" + flag.Value;

    private static IEnumerable<string> Arguments(Instruction instruction)
    {
        switch (instruction)
        {
            case FromInstruction f: return f.Words.Select(w => w.Text);
            case FileTransferInstruction t: return t.Words.Select(w => w.Text);
            case VolumeInstruction v: return v.Paths.Select(w => w.Text);
            case ExposeInstruction e: return e.Ports.Select(p => p.Raw.Text);
            case RunInstruction r: return CommandArguments(r.Command);
            case CmdInstruction c: return CommandArguments(c.Command);
            case EntrypointInstruction en: return CommandArguments(en.Command);
            case ShellInstruction s: return CommandArguments(s.Command);
            case KeyValueInstruction kv:
                return kv.Pairs.SelectMany(p => new[] { p.Key.Text, p.Value.Text, p.IsLegacy ? "" : "=" });
            case ArgInstruction a: return a.Declarations.Select(d => d.Raw.Text);
            case UserInstruction u: return Single(u.Value);
            case WorkdirInstruction w: return Single(w.Path);
            case MaintainerInstruction m: return Single(m.Name);
            case StopsignalInstruction st: return Single(st.Signal);
            case HealthcheckInstruction h:
                return h.Type is null ? [] : new[] { h.Type.Text }.Concat(CommandArguments(h.Command));
            case UnknownInstruction: return [""];
            default: return [];
        }
    }

    private static IEnumerable<string> Single(Word? word) => word is null ? [] : [word.Text];

    private static IEnumerable<string> CommandArguments(CommandForm? command) => command switch
    {
        ExecForm exec => exec.Values,
        ShellForm shell => [shell.Text],
        _ => [],
    };
}
