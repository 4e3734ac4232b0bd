using System.Text;
using System.Text.RegularExpressions;
using CchcPublisher.Speech.Passes;

namespace CchcPublisher.UnitTests.Speech.Passes;

/// <summary>
/// <see cref="DocumentNumberPass"/> looks for a type word right before a symbol in the last characters of the 160 it is given
/// (issue 17, speed): the answer must be the pattern's on the whole text.
/// </summary>
public sealed partial class DocumentNumberTypeWordTests
{
    private static readonly string[] Pieces =
    [
        "Kế hoạch", "kế hoạch", "KẾ HOẠCH", "Nghị quyết", "thông tư", "Thông tư liên tịch", "báo cáo thẩm định", "văn bản hợp nhất", "luật",
        "xluật", "Luật", "pháp lệnh", "số", "của", "UBND", "xã", "2026", " ", "  ", "\n", "\t", ",", "ngày", "theo", "\u00A0",
    ];

    [Fact]
    public void HasTypeWordBefore_GeneratedTexts_SameAsThePatternOnTheWholeText()
    {
        var random = new Random(160);
        var matched = 0;
        for (var n = 0; n < 30_000; n++)
        {
            var text = new StringBuilder();
            for (var p = random.Next(0, 30); p > 0; p--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
                if (random.Next(2) == 0)
                {
                    text.Append(' ');
                }
            }

            var before = text.ToString();
            var expected = TypeWordBefore().IsMatch(before);
            matched += expected ? 1 : 0;
            Assert.True(expected == DocumentNumberPass.HasTypeWordBefore(before), $"\"{before}\"");
        }

        Assert.InRange(matched, 3_000, 27_000);
    }

    // The pattern as the pass has it.
    [GeneratedRegex(@"(?:văn bản hợp nhất|báo cáo thẩm định|nghị quyết|nghị định|quyết định|chỉ thị|thông tư|thông tư liên tịch|kế hoạch|hướng dẫn|thông báo|báo cáo|công văn|văn bản|chương trình|đề án|dự án|phương án|quy chế|quy định|tờ trình|công điện|kết luận|thông cáo|biên bản|giấy mời|hợp đồng|luật|pháp lệnh)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TypeWordBefore();
}
