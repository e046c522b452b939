using System.Text;
using System.Xml;
using Dockerfile.Linter.Diagnostics;
using Dockerfile.Linter.Rules;

namespace Dockerfile.Linter.Reporting;

/// <summary>
/// Checkstyle XML (<c>&lt;checkstyle version="4.3"&gt;&lt;file name&gt;&lt;error line column severity message source/&gt;</c>),
/// read by Jenkins warnings-ng, reviewdog and many CI dashboards. Style findings are written as <c>info</c>.
/// </summary>
public sealed class CheckstyleReportFormatter : ReportFormatter
{
    /// <inheritdoc/>
    public override string Format(IReadOnlyList<FileReport> files, IReadOnlyList<RuleDescriptor> rules, ReportOptions options)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("checkstyle");
            xml.WriteAttributeString("version", "4.3");
            foreach (var file in files)
            {
                if (file.Diagnostics.Count == 0) WriteFile(xml, file.Path, []);
                // A finding in a script the image runs goes under that script's own <file> element, after the Dockerfile's.
                foreach (var group in file.Diagnostics.GroupBy(d => d.File?.Path).OrderBy(g => g.Key, StringComparer.Ordinal))
                    WriteFile(xml, group.Key ?? file.Path, group);
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteFile(XmlWriter xml, string path, IEnumerable<Diagnostic> diagnostics)
    {
        xml.WriteStartElement("file");
        xml.WriteAttributeString("name", XmlSafe(path));
        foreach (var d in diagnostics)
        {
            xml.WriteStartElement("error");
            xml.WriteAttributeString("line", d.Location.Start.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("column", d.Location.Start.Column.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("severity", Level(d.Severity));
            xml.WriteAttributeString("message", XmlSafe(d.Message));
            xml.WriteAttributeString("source", d.Code);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>Replaces characters XML 1.0 cannot carry (control characters, lone surrogates) with U+FFFD.</summary>
    internal static string XmlSafe(string text)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                sb?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (XmlConvert.IsXmlChar(c))
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(text, 0, i, text.Length);
            sb.Append('\uFFFD');
        }
        return sb?.ToString() ?? text;
    }
}
