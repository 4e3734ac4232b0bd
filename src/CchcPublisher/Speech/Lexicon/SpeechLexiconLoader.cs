using System.Text;
using CchcPublisher.Content.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CchcPublisher.Speech.Lexicon;

/// <summary>
/// Reads lexicon YAML: top-level sections <c>abbreviations</c>, <c>document_types</c>, <c>issuers</c>,
/// <c>sites</c>, each a map of written form → spoken form. Never throws for bad input: problems become
/// diagnostics and the good entries are kept.
/// </summary>
internal static class SpeechLexiconLoader
{
    /// <summary>Path of the commune's extension file, relative to the content root.</summary>
    public const string ContentFile = "radio/abbreviations.yaml";

    private const string ResourceName = "CchcPublisher.Resources.Speech.lexicon.yaml";

    private static readonly string[] Sections = ["abbreviations", "document_types", "issuers", "sites"];

    /// <summary>The lexicon shipped with the program.</summary>
    public static SpeechLexicon BuiltIn { get; } = LoadBuiltIn();

    /// <summary>The built-in lexicon extended by <c>&lt;contentRoot&gt;/radio/abbreviations.yaml</c> when it exists.</summary>
    public static (SpeechLexicon Lexicon, IReadOnlyList<Diagnostic> Diagnostics) LoadForContent(string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(contentRoot);
        var path = Path.Combine(contentRoot, ContentFile);
        if (!File.Exists(path))
        {
            return (BuiltIn, []);
        }

        var (extension, diagnostics) = Parse(File.ReadAllText(path, Encoding.UTF8), ContentFile);
        return (BuiltIn.Merge(extension), diagnostics);
    }

    public static (SpeechLexicon Lexicon, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml, string displayPath)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var diagnostics = new List<Diagnostic>();
        var maps = Sections.ToDictionary(s => s, _ => new Dictionary<string, string>(StringComparer.Ordinal), StringComparer.Ordinal);
        // The tree reader turns every syntax failure (YamlDotNet also throws InvalidOperationException on an unclosed
        // "[" followed by another key) into a Vietnamese diagnostic at the right line before YamlStream sees the text.
        var syntax = new DiagnosticBag(displayPath);
        if (!Content.Yaml.YamlTreeReader.TryRead(yaml, 1, syntax, out _))
        {
            diagnostics.AddRange(syntax.ToSortedList().Select(d => d with { Code = "SPEECH001" }));
            return (SpeechLexicon.Empty, diagnostics);
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            diagnostics.Add(Error(displayPath, ex.Start, "SPEECH001", "Tệp từ viết tắt không phải YAML hợp lệ ở vị trí này. Mỗi dòng ghi \"CHỮ VIẾT TẮT: cách đọc\", thụt lề bằng dấu cách."));
            return (SpeechLexicon.Empty, diagnostics);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // YamlDotNet's scanner throws these on some malformed input (after the first document, say).
            diagnostics.Add(Error(displayPath, Mark.Empty, "SPEECH001", "Tệp từ viết tắt viết sai cú pháp YAML (có thể có nhiều phần ngăn bằng \"---\" hoặc \"...\", hoặc ngoặc chưa đóng). Chỉ giữ một phần, mỗi dòng \"CHỮ VIẾT TẮT: cách đọc\"."));
            return (SpeechLexicon.Empty, diagnostics);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return (SpeechLexicon.Empty, diagnostics);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(Error(displayPath, stream.Documents[0].RootNode.Start, "SPEECH002", "Tệp từ viết tắt phải gồm các mục abbreviations, document_types, issuers, sites."));
            return (SpeechLexicon.Empty, diagnostics);
        }

        foreach (var (keyNode, valueNode) in root.Children)
        {
            var section = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!maps.TryGetValue(section, out var map))
            {
                var suggestion = Common.NearestMatch.Find(section, Sections);
                diagnostics.Add(Warning(displayPath, keyNode.Start, "SPEECH003",
                    $"Mục '{section}' không được dùng" + (suggestion is null ? "." : $"; có phải là '{suggestion}'?")));
                continue;
            }

            if (valueNode is YamlScalarNode { Value: null or "" })
            {
                continue;
            }

            if (valueNode is not YamlMappingNode entries)
            {
                diagnostics.Add(Error(displayPath, valueNode.Start, "SPEECH002", $"Mục '{section}' phải là danh sách 'viết tắt: cách đọc'."));
                continue;
            }

            foreach (var (writtenNode, spokenNode) in entries.Children)
            {
                var written = (writtenNode as YamlScalarNode)?.Value?.Trim();
                var spoken = (spokenNode as YamlScalarNode)?.Value?.Trim();
                if (string.IsNullOrEmpty(written) || string.IsNullOrEmpty(spoken))
                {
                    diagnostics.Add(Error(displayPath, writtenNode.Start, "SPEECH004", $"Mục '{section}': mỗi dòng cần dạng 'viết tắt: cách đọc'."));
                    continue;
                }

                if (spoken.Any(c => char.IsAsciiDigit(c) || c is '/' or '-'))
                {
                    diagnostics.Add(Error(displayPath, spokenNode.Start, "SPEECH005", $"Cách đọc của '{written}' không được chứa chữ số, '/' hay '-': hãy viết bằng chữ."));
                    continue;
                }

                map[written.Normalize(NormalizationForm.FormC)] = spoken.Normalize(NormalizationForm.FormC);
            }
        }

        return (new SpeechLexicon(maps["abbreviations"], maps["document_types"], maps["issuers"], maps["sites"]), diagnostics);
    }

    private static SpeechLexicon LoadBuiltIn()
    {
        using var stream = typeof(SpeechLexiconLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var (lexicon, diagnostics) = Parse(reader.ReadToEnd(), ResourceName);
        return diagnostics.Count == 0
            ? lexicon
            : throw new InvalidOperationException($"Embedded lexicon is invalid: {diagnostics[0]}");
    }

    private static Diagnostic Error(string path, Mark mark, string code, string message) =>
        Make(path, mark, DiagnosticSeverity.Error, code, message);

    private static Diagnostic Warning(string path, Mark mark, string code, string message) =>
        Make(path, mark, DiagnosticSeverity.Warning, code, message);

    private static Diagnostic Make(string path, Mark mark, DiagnosticSeverity severity, string code, string message) =>
        new(path, (int)mark.Line, (int)mark.Column, severity, code, message);
}
