using System.Text;
using CchcPublisher.Content.Diagnostics;
using CchcPublisher.Content.Yaml;

namespace CchcPublisher.UnitTests.Content.Yaml;

/// <summary>
/// <see cref="FlatYamlReader"/> reads the common front matter without YamlDotNet (issue 17, speed): whatever it accepts
/// must give the tree YamlDotNet's parser gives (every node's kind, text, quoting, null-ness, line and column), and what
/// it declines is read by the parser as before.
/// </summary>
public sealed class FlatYamlReaderTests
{
    private static readonly string[] Keys = ["title", "categories", "summary", "author", "plan_task", "publish_at", "id", "x-y", "Title", "1a", "_a", "a1", "kênh"];

    private static readonly string[] Separators = [": ", ":  ", ":", ": \t", " : ", ":\t"];

    private static readonly string[] Values =
    [
        "Chính quyền địa phương hai cấp - người dân làm thủ tục ở đâu?", "Tổ công nghệ số (thôn 1), xã Hòa An", "Hướng dẫn: nộp hồ sơ",
        "giờ 10:30", "2026-11-09 07:30", "95%", "Chú ý!", "a & b * c", "Nhà văn hóa 'Thôn 1'", "nói \"có\"", "[a, b]", "[ a ,b ]", "[]", "[ ]",
        "[a,]", "[a b]", "[\"a\"]", "[-a]", "[thu-tuc-hanh-chinh, to-chuc-bo-may]", "[a.b, c_d, 12]", "[a, [b]]", "[a, b", "[a]x",
        "null", "~", "NULL", "Null", "true", "2026-01-15 07:30", "'x'", "\"x: y\"", "\"a\\\"b\"", "'it''s'", "| x", "> x", "&a x",
        "*a", "!tag x", "%x", "@x", "`x`", "- x", "-x", "? x", "?x", ":x", "x  ", "  x", "a\u00A0b", "a\u2028b", "a\u0085b",
        "a\tb", "😀 vui", "\uFEFFx", "a ,b", "{a: b}", "a {b}", "...", "---", "x: y: z", "\"\"", "''", "\"unclosed", "'unclosed",
        "\"a\" b", "NV04", "0210 3 861 234", "a\u0001b", "a\u007Fb", "ü\u0300", "2026-11-16T07:00:00+07:00", "2026-11-09 07:30",
        "https://hoaan.gov.vn/a?b=c", "a#b", "a #b", "a:", "a: b", "a:\u00A0b", "a ::b", "a:,b", "10:30 sáng", "x:[a]", "#a", "a #",
    ];

    [Fact]
    public void TryRead_GeneratedFrontMatters_SameTreeAsYamlDotNet()
    {
        var random = new Random(2026);
        var accepted = 0;
        for (var n = 0; n < 40_000; n++)
        {
            var yaml = new StringBuilder();
            var lines = random.Next(1, 6);
            for (var l = 0; l < lines; l++)
            {
                switch (random.Next(40))
                {
                    case 0:
                        yaml.Append("# ghi chú");
                        break;
                    case 1:
                        break;
                    case 2:
                        yaml.Append("  ").Append(Keys[random.Next(Keys.Length)]).Append(": x");
                        break;
                    case 3:
                        yaml.Append("- ").Append(Values[random.Next(Values.Length)]);
                        break;
                    default:
                        yaml.Append(Keys[random.Next(Keys.Length)])
                            .Append(random.Next(4) == 0 ? Separators[random.Next(Separators.Length)] : ": ")
                            .Append(random.Next(3) > 0 ? Values[random.Next(12)] : Values[random.Next(Values.Length)]);
                        break;
                }

                if (l < lines - 1 || random.Next(2) == 0)
                {
                    yaml.Append('\n');
                }
            }

            var text = yaml.ToString();
            var lineOffset = random.Next(3);
            var bag = new DiagnosticBag("bai.md");
            var parsed = YamlTreeReader.TryReadWithParser(text, lineOffset, bag, out var expected);
            if (!FlatYamlReader.TryRead(text, lineOffset, out var flat))
            {
                continue;
            }

            accepted++;
            Assert.True(parsed, $"YamlDotNet refused what the flat reader read:\n{text}");
            Assert.Equal(Dump(expected), Dump(flat));
        }

        Assert.InRange(accepted, 4_000, 38_000);
    }

    [Fact]
    public void TryRead_ArticleFrontMatter_ReadWithoutTheParser()
    {
        const string yaml = "title: Chính quyền địa phương hai cấp\ncategories: [to-chuc-bo-may, thu-tuc-hanh-chinh]\nsummary: \"Từ khi: không còn cấp huyện\"\nplan_task: NV04\n";
        Assert.True(FlatYamlReader.TryRead(yaml, 1, out var root));
        Assert.Equal(
            "map 2:1 { title@2:1 = 'Chính quyền địa phương hai cấp' plain 2:8; categories@3:1 = list 3:13 [ 'to-chuc-bo-may' plain 3:14; 'thu-tuc-hanh-chinh' plain 3:30; ]; "
            + "summary@4:1 = 'Từ khi: không còn cấp huyện' quoted 4:10; plan_task@5:1 = 'NV04' plain 5:12; }",
            Dump(root));
    }

    private static string Dump(YamlValue? node) => node switch
    {
        null => "null",
        YamlScalar s => $"'{s.Text}' {(s.IsPlain ? "plain" : "quoted")}{(s.IsNull ? " null" : string.Empty)} {s.Line}:{s.Column}",
        YamlList l => $"list {l.Line}:{l.Column} [ {string.Concat(l.Items.Select(i => Dump(i) + "; "))}]",
        YamlMap m => $"map {m.Line}:{m.Column} {{ {string.Concat(m.Entries.Select(e => $"{e.Key}@{e.Line}:{e.Column} = {Dump(e.Value)}; "))}}}",
        _ => node.ToString()!,
    };
}
