using CchcPublisher.Speech;
using CchcPublisher.Speech.Lexicon;
using CchcPublisher.Speech.Passes;

namespace CchcPublisher.UnitTests.Speech.Passes;

/// <summary>
/// <see cref="AbbreviationPass"/>'s chains found without lists (issue 17, speed): the keys at a position longest first from
/// <see cref="KeyTrie.Longest"/>, a chain longer than the parts kept on the stack, a chain whose rest is no key, and the
/// token ends. The expected readings are those of the pass before the change.
/// </summary>
public sealed class AbbreviationChainTests
{
    private static readonly SpeechContext Context = new(NumberStyle.Default, SpeechLexiconLoader.BuiltIn);

    [Theory]
    [InlineData(
        "TTĐU-HĐND-UBND-UBND-HĐND-UBND-TTĐU-HĐND-UBND-UBND họp",
        "Thường trực Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban nhân dân, Hội đồng nhân dân, Ủy ban nhân dân, Thường trực Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban nhân dân họp")]
    [InlineData("Thường trực HĐND&UBND-TTĐU xã", "Thường trực Hội đồng nhân dân và Ủy ban nhân dân, Thường trực Đảng ủy xã")]
    [InlineData("HĐND&UBND xã", "Hội đồng nhân dân và Ủy ban nhân dân xã")]
    [InlineData("HĐND&UBNDx xã", "Hội đồng nhân dân&UBNDx xã")]
    [InlineData("UBND-abc và UBND-", "Ủy ban nhân dân-abc và Ủy ban nhân dân-")]
    [InlineData("KT-XH, KT-XHx, MTTQVNa", "kinh tế, xã hội, KT-XHx, MTTQVNa")]
    [InlineData("mức BĐ1 và BĐ1a, BĐ12.", "mức báo động 1 và BĐ1a, báo động 12.")]
    [InlineData("theo chỉ số PAPI năm nay", "theo chỉ số hiệu quả quản trị và hành chính công cấp tỉnh năm nay")]
    [InlineData("xUBND 2UBND _UBND (UBND)", "xUBND 2UBND _Ủy ban nhân dân (Ủy ban nhân dân)")]
    [InlineData("TP.HCM và TP. Huế, Cổng TTĐT xã", "Thành phố Hồ Chí Minh và thành phố. Huế, Cổng thông tin điện tử xã")]
    [InlineData("BĐG&VSTBPN, BĐG&UBND, BĐG&", "bình đẳng giới và vì sự tiến bộ của phụ nữ, bình đẳng giới và Ủy ban nhân dân, bình đẳng giới&")]
    [InlineData("UBND-HĐND-x UBND", "Ủy ban nhân dân, Hội đồng nhân dân-x Ủy ban nhân dân")]
    [InlineData("UBND-HĐND1 UBND-HĐND1a", "Ủy ban nhân dân, Hội đồng nhân dân 1 Ủy ban nhân dân-HĐND1a")]
    public void Apply_ReadsChainsAsBefore(string text, string expected) =>
        Assert.Equal(expected, new AbbreviationPass().Apply(text, Context));

    [Fact]
    public void Apply_KeysThatArePrefixesOfEachOther_TriesTheLongestFirst()
    {
        var lexicon = new SpeechLexicon(
            new Dictionary<string, string> { ["A"] = "một", ["AB"] = "hai", ["ABC"] = "ba", ["ABCD"] = "bốn" },
            new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, string>());
        var context = new SpeechContext(NumberStyle.Default, lexicon);

        // No key ends "ABCDx"; "ABC" ends its token at "."; "AB-A" is a chain; "A-x" has no key after "-" and "A" ends there.
        Assert.Equal("ABCDx ba. hai, một một-x", new AbbreviationPass().Apply("ABCDx ABC. AB-A A-x", context));
        // Eleven parts: more than the chain parts kept on the stack.
        Assert.Equal("một, hai, ba, bốn, ba, hai, một, hai, ba, bốn, một", new AbbreviationPass().Apply("A-AB-ABC-ABCD-ABC-AB-A-AB-ABC-ABCD-A", context));
    }

    [Fact]
    public void Longest_ListsTheKeysAtAPositionLongestFirst()
    {
        var trie = new KeyTrie(new Dictionary<string, string> { ["A"] = "1", ["ABC"] = "3", ["ABCDE"] = "5", ["B"] = "b" });
        const string Text = "xABCDEF";
        var found = new List<string>();
        for (var entry = trie.Longest(Text, 1, int.MaxValue); entry >= 0; entry = trie.Longest(Text, 1, trie.Keys[entry].Length - 1))
        {
            found.Add(trie.Keys[entry] + "=" + trie.Values[entry]);
        }

        Assert.Equal(["ABCDE=5", "ABC=3", "A=1"], found);
        Assert.Equal(-1, trie.Longest(Text, 0, int.MaxValue));
        Assert.Equal(-1, trie.Longest(Text, 1, 0));
        Assert.Equal(-1, trie.Longest(Text, Text.Length, int.MaxValue));
        Assert.Equal("ABC", trie.Keys[trie.Longest("ABCD", 0, int.MaxValue)]);
    }
}
