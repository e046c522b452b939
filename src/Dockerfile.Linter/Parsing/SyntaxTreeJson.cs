using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dockerfile.Linter.Syntax;

namespace Dockerfile.Linter.Parsing;

/// <summary>Writes a syntax tree as indented JSON with spans (for <c>parse --format json</c>).</summary>
public static class SyntaxTreeJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The tree as JSON: directives, instructions with their typed parts, stages and diagnostics.</summary>
    public static string ToJson(DockerfileSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
            new TreeWriter(writer, syntax.Source).WriteRoot(syntax);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private sealed class TreeWriter(Utf8JsonWriter w, SourceText source)
    {
        public void WriteRoot(DockerfileSyntax syntax)
        {
            w.WriteStartObject();
            if (source.Path is not null) S("path", source.Path);
            S("escape", syntax.EscapeCharacter.ToString());
            Objects("directives", syntax.Directives, d =>
            {
                S("name", d.Name);
                S("value", d.Value);
                Span("span", d.Span);
            });
            w.WriteStartArray("instructions");
            foreach (var i in syntax.Instructions) Instruction(i);
            w.WriteEndArray();
            Strings("globalArgs", syntax.GlobalArgs.SelectMany(a => a.Declarations).Select(d => d.Name.Text));
            Objects("stages", syntax.Stages, s =>
            {
                w.WriteNumber("index", s.Index);
                OptionalString("name", s.Name);
                w.WriteNumber("fromLine", s.From.StartLine);
                w.WriteNumber("instructionCount", s.Instructions.Length);
                Span("span", s.Span);
            });
            Objects("comments", syntax.Comments, c =>
            {
                S("text", c.Text);
                Span("span", c.Span);
            });
            Objects("diagnostics", syntax.Diagnostics, d =>
            {
                S("id", d.Id);
                S("severity", d.Severity.ToString().ToLowerInvariant());
                S("message", d.Message);
                Span("span", d.Span);
            });
            w.WriteEndObject();
        }

        /// <summary>An array property whose elements are objects; <paramref name="members"/> writes one element's members.</summary>
        private void Objects<T>(string name, IEnumerable<T> items, Action<T> members)
        {
            w.WriteStartArray(name);
            foreach (var item in items)
            {
                w.WriteStartObject();
                members(item);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        private void Strings(string name, IEnumerable<string> values)
        {
            w.WriteStartArray(name);
            foreach (var value in values) SV(value);
            w.WriteEndArray();
        }

        private void Span(string name, TextSpan span)
        {
            var pos = source.GetLinePositionSpan(span);
            w.WriteStartObject(name);
            w.WriteNumber("start", span.Start);
            w.WriteNumber("end", span.End);
            S("from", pos.Start.ToString());
            S("to", pos.End.ToString());
            w.WriteEndObject();
        }

        private void Word(string name, Word? word)
        {
            if (word is null) { w.WriteNull(name); return; }
            w.WritePropertyName(name);
            WordValue(word);
        }

        private void WordValue(Word word)
        {
            w.WriteStartObject();
            S("text", word.Text);
            Span("span", word.Span);
            w.WriteEndObject();
        }

        private void Words(string name, IEnumerable<Word> words)
        {
            w.WriteStartArray(name);
            foreach (var word in words) WordValue(word);
            w.WriteEndArray();
        }

        private void Instruction(Instruction i)
        {
            w.WriteStartObject();
            S("kind", i.Kind.ToString().ToLowerInvariant());
            Word("keyword", i.Keyword);
            w.WriteNumber("startLine", i.StartLine);
            w.WriteNumber("endLine", i.EndLine);
            Span("span", i.Span);
            Span("fullSpan", i.FullSpan);
            Span("argumentsSpan", i.ArgumentsSpan);
            S("logicalText", i.LogicalText);
            w.WriteBoolean("jsonForm", i.IsJsonForm);
            Strings("precedingComments", i.PrecedingComments);
            Objects("flags", i.Flags, f =>
            {
                S("name", f.Name);
                OptionalString("value", f.Value);
                Span("span", f.Span);
            });
            if (i.Heredocs.Length > 0)
            {
                Objects("heredocs", i.Heredocs, h =>
                {
                    S("name", h.Name);
                    w.WriteNumber("fileDescriptor", h.FileDescriptor);
                    w.WriteBoolean("expand", h.Expand);
                    w.WriteBoolean("chomp", h.Chomp);
                    S("content", h.Content);
                    Span("markerSpan", h.MarkerSpan);
                    Span("contentSpan", h.ContentSpan);
                    Span("terminatorSpan", h.TerminatorSpan);
                });
            }
            Details(i);
            w.WriteEndObject();
        }

        private void Details(Instruction i)
        {
            switch (i)
            {
                case FromInstruction f:
                    if (f.Image is null) w.WriteNull("image");
                    else
                    {
                        w.WriteStartObject("image");
                        S("text", f.Image.Text);
                        OptionalString("registry", f.Image.Registry);
                        S("repository", f.Image.Repository);
                        OptionalString("tag", f.Image.Tag);
                        OptionalString("digest", f.Image.Digest);
                        w.WriteBoolean("hasVariable", f.Image.HasVariable);
                        Span("span", f.Image.Span);
                        w.WriteEndObject();
                    }
                    Word("as", f.AsKeyword);
                    Word("stageName", f.StageName);
                    break;
                case RunInstruction r:
                    Command(r.Command);
                    if (r.Mounts.Length > 0)
                    {
                        Objects("mounts", r.Mounts, m =>
                        {
                            S("type", m.Type);
                            w.WriteStartObject("options");
                            foreach (var o in m.Options) OptionalString(o.Key, o.Value);
                            w.WriteEndObject();
                        });
                    }
                    break;
                case CmdInstruction c: Command(c.Command); break;
                case EntrypointInstruction e: Command(e.Command); break;
                case ShellInstruction s: Command(s.Command); break;
                case FileTransferInstruction t:
                    Words("sources", t.Sources);
                    Word("destination", t.Destination);
                    break;
                case VolumeInstruction v: Words("paths", v.Paths); break;
                case KeyValueInstruction kv:
                    Objects("pairs", kv.Pairs, p =>
                    {
                        Word("key", p.Key);
                        Word("value", p.Value);
                        w.WriteBoolean("legacy", p.IsLegacy);
                    });
                    break;
                case ArgInstruction a:
                    Objects("declarations", a.Declarations, d =>
                    {
                        Word("name", d.Name);
                        Word("default", d.DefaultValue);
                    });
                    break;
                case ExposeInstruction ex:
                    Objects("ports", ex.Ports, p =>
                    {
                        Word("raw", p.Raw);
                        OptionalNumber("port", p.Port);
                        OptionalNumber("endPort", p.EndPort);
                        OptionalString("protocol", p.Protocol);
                        w.WriteBoolean("hasHostPart", p.HasHostPart);
                    });
                    break;
                case UserInstruction u:
                    Word("user", u.User);
                    Word("group", u.Group);
                    break;
                case WorkdirInstruction wd: Word("path", wd.Path); break;
                case MaintainerInstruction m: Word("name", m.Name); break;
                case StopsignalInstruction st: Word("signal", st.Signal); break;
                case HealthcheckInstruction h:
                    Word("type", h.Type);
                    Command(h.Command);
                    break;
                case OnbuildInstruction o:
                    if (o.Trigger is null) w.WriteNull("trigger");
                    else
                    {
                        w.WritePropertyName("trigger");
                        Instruction(o.Trigger);
                    }
                    break;
                case UnknownInstruction un: S("argumentsText", un.ArgumentsText); break;
            }
        }

        private void Command(CommandForm? command)
        {
            switch (command)
            {
                case ExecForm exec:
                    w.WriteStartObject("command");
                    S("form", "exec");
                    Words("elements", exec.Elements);
                    Span("span", exec.Span);
                    w.WriteEndObject();
                    break;
                case ShellForm shell:
                    w.WriteStartObject("command");
                    S("form", "shell");
                    S("text", shell.Text);
                    Span("span", shell.Span);
                    w.WriteEndObject();
                    break;
                default:
                    w.WriteNull("command");
                    break;
            }
        }

        // Unpaired surrogates (possible only in strings built by callers) would make the writer throw.
        private void S(string name, string value) => w.WriteString(name, GoText.FixSurrogates(value));

        private void SV(string value) => w.WriteStringValue(GoText.FixSurrogates(value));

        private void OptionalString(string name, string? value)
        {
            if (value is null) w.WriteNull(name); else S(name, value);
        }

        private void OptionalNumber(string name, int? value)
        {
            if (value is null) w.WriteNull(name); else w.WriteNumber(name, value.Value);
        }
    }
}
