using System.Text;
using System.Text.RegularExpressions;
using CchcPublisher.Content.Text;

namespace CchcPublisher.Speech.Passes;

/// <summary>
/// Legal document numbers and symbols, read the way radio news reads them (VOV: "Chỉ thị số 23 về việc…"): the
/// number as words, the symbol turned into the document type and issuer, never spelled letter by letter.
/// <list type="bullet">
/// <item>"Nghị quyết số 76/NQ-CP" → "Nghị quyết số bảy mươi sáu của Chính phủ"</item>
/// <item>"theo 76/NQ-CP" → "theo Nghị quyết số bảy mươi sáu của Chính phủ" (type inserted when not written)</item>
/// <item>"Nghị định số 61/2018/NĐ-CP" → "… số sáu mươi mốt năm hai nghìn không trăm mười tám của Chính phủ"</item>
/// <item>"Nghị quyết số 57-NQ/TW" → "Nghị quyết số năm mươi bảy của Trung ương" (Party style)</item>
/// <item>"Công văn số 4625/BNV-CCHC" → "… của Bộ Nội vụ" (no type code: the issuer comes first, units after it are not read)</item>
/// </list>
/// "của …" is left out when the sentence names the issuer right after (optionally after the date), and the
/// year is left out when a full date follows. A leading zero is not said (05 → năm). Joint documents name every issuer ("TTLT-VPCP-BNV"), a legislature
/// after an issuer is read ("QH15" → "Quốc hội khóa mười lăm"), and a type glued to its issuer ("QĐUBND") is split.
/// </summary>
internal sealed partial class DocumentNumberPass : ISpeechPass
{
    /// <summary>Every pattern needs "/" before a code in capitals (the first test of <see cref="Apply"/>).</summary>
    public bool MayChange(TextTraits traits) => traits.Has(TextTrait.SlashCode);

    public string Apply(string text, SpeechContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        // Every symbol form, the blank template included, has a "/" before a code in capitals ("/NQ-CP", "/ TW").
        if (!TextChecks.MarkThen(text, '/', CodeStarts))
        {
            return text;
        }

        text = StateSymbolRegex().Replace(text, m =>
        {
            var codes = m.Groups["code"].Value.Split('-', StringSplitOptions.TrimEntries);
            // One code alone ("68/CP", "199/2025/QH15") is a symbol only when the lexicon knows it.
            return codes.Length == 1 && !context.Lexicon.DocumentTypes.ContainsKey(codes[0]) && Issuer(codes[0], context) is null
                && SplitGlued(codes, context).Length == 1
                ? m.Value
                : Speak(text, m, codes, party: false, context);
        });
        // A Party symbol has a dash after the number ("57-NQ/TW").
        if (TextChecks.DigitThen(text, Dash, spaces: true))
        {
            text = PartySymbolRegex().Replace(text, m => Speak(text, m, [m.Groups["type"].Value, m.Groups["issuer"].Value], party: true, context));
        }

        // A template with the number left blank ("Số: /KH-UBND", "Kế hoạch số /KH-UBND"): "số" and the symbol are dropped.
        return TextChecks.LooseMarkThen(text, '/', CodeStarts) ? BlankSymbolRegex().Replace(text, string.Empty) : text;
    }

    private static string Speak(string text, Match match, string[] codes, bool party, SpeechContext context)
    {
        codes = SplitGlued(codes, context);
        string? type = null;
        string? issuer = null;
        if (party || (codes.Length >= 2 && context.Lexicon.DocumentTypes.ContainsKey(codes[0])))
        {
            type = context.Lexicon.DocumentTypes.GetValueOrDefault(codes[0]);
            issuer = Issuers(codes.AsSpan(1), joint: codes[0].EndsWith("LT", StringComparison.Ordinal), context);
        }
        else if (codes.Length == 1 && context.Lexicon.DocumentTypes.TryGetValue(codes[0], out var onlyType) && Issuer(codes[0], context) is null)
        {
            type = onlyType;
        }
        else if (Issuer(codes[0], context) is { } firstIssuer)
        {
            type = "Công văn";
            issuer = firstIssuer;
        }

        // The text around the match, as TextWindow.Before and After give it, without copying it.
        var beforeStart = Math.Max(0, match.Index - TextWindow.Length);
        var before = text.AsSpan(beforeStart, match.Index - beforeStart);
        var afterStart = match.Index + match.Length;
        var after = text.AsSpan(afterStart, Math.Min(text.Length, afterStart + TextWindow.Length) - afterStart);
        var hasSo = match.Groups["so"].Success;
        var hasTypeWord = HasTypeWordBefore(before);
        var issuerNamedAfter = IssuerAfterRegex().IsMatch(after);
        var dateAfter = DateAfterRegex().IsMatch(after);

        var builder = StringBuilderCache.Acquire();
        if (!hasSo && !hasTypeWord)
        {
            builder.Append(type ?? "văn bản").Append(' ');
        }

        builder.Append("số ");
        AppendNumber(builder, match.Groups["num"].ValueSpan, context);
        if (match.Groups["year"].Success && !dateAfter)
        {
            builder.Append(" năm ").Append(context.Cardinal(match.Groups["year"].ValueSpan));
        }

        if (issuer is not null && !issuerNamedAfter)
        {
            builder.Append(" của ").Append(issuer);
        }

        return StringBuilderCache.ToStringAndRelease(builder);
    }

    /// <summary>
    /// The issuers named by the codes after the type: the first only, as units follow it ("BNV-CCHC"), except in a
    /// joint document ("TTLT-VPCP-BNV"), where every code that names an issuer is read, joined by "và".
    /// </summary>
    private static string? Issuers(ReadOnlySpan<string> codes, bool joint, SpeechContext context)
    {
        if (codes.Length == 0)
        {
            return null;
        }

        if (!joint)
        {
            return Issuer(codes[0], context);
        }

        var names = new List<string>();
        foreach (var code in codes)
        {
            if (Issuer(code, context) is { } name)
            {
                names.Add(name);
            }
        }

        return names.Count == 0 ? null : string.Join(" và ", names);
    }

    /// <summary>
    /// An issuer code, with a legislature written after it: "QH15" → "Quốc hội khóa mười lăm", "UBTVQH14"; units
    /// joined by "&amp;" after the issuer ("SNV-CCHC&amp;PC") are not read.
    /// </summary>
    private static string? Issuer(string code, SpeechContext context)
    {
        var amp = code.IndexOf('&', StringComparison.Ordinal);
        if (amp > 0)
        {
            code = code[..amp];
        }

        if (context.Lexicon.Issuers.TryGetValue(code, out var name))
        {
            return name;
        }

        var digits = code.Length;
        while (digits > 0 && char.IsAsciiDigit(code[digits - 1]))
        {
            digits--;
        }

        return digits < code.Length && digits > 0 && context.Lexicon.Issuers.TryGetValue(code[..digits], out var body)
            ? $"{body} khóa {context.Cardinal(code[digits..])}"
            : null;
    }

    /// <summary>A type and an issuer written without the hyphen ("QĐUBND") are split when both are known.</summary>
    private static string[] SplitGlued(string[] codes, SpeechContext context)
    {
        if (codes.Length != 1 || context.Lexicon.DocumentTypes.ContainsKey(codes[0]) || Issuer(codes[0], context) is not null)
        {
            return codes;
        }

        var code = codes[0];
        for (var i = code.Length - 1; i >= 1; i--)
        {
            if (context.Lexicon.DocumentTypes.ContainsKey(code[..i]) && Issuer(code[i..], context) is not null)
            {
                return [code[..i], code[i..]];
            }
        }

        return codes;
    }

    /// <summary>"76" → bảy mươi sáu; "05" → năm (a leading zero is not said); "30c" → ba mươi xê.</summary>
    private static void AppendNumber(StringBuilder builder, ReadOnlySpan<char> written, SpeechContext context)
    {
        var digits = written.Length;
        for (var i = 0; i < written.Length; i++)
        {
            if (!char.IsAsciiDigit(written[i]))
            {
                digits = i;
                break;
            }
        }

        var significant = written[..digits].TrimStart('0');
        builder.Append(context.Cardinal(significant.Length > 0 ? significant : "0"));
        if (digits < written.Length)
        {
            builder.Append(' ').Append(VietnameseLetters.Spell(written[digits..].ToString()));
        }
    }

    private static readonly System.Buffers.SearchValues<char> Dash = System.Buffers.SearchValues.Create("-");

    private static readonly System.Buffers.SearchValues<char> CodeStarts = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ");

    private const string Code = @"[A-ZĐ][A-Za-zĐđ]*\d{0,2}(?:&[A-ZĐ][A-Za-zĐđ]*)*";

    // 76/NQ-CP, 61/2018/NĐ-CP, 4625/BNV-CCHC, 26/2009/TT-BTTTT, 30c/NQ-CP; "số:" before it is part of the match.
    [GeneratedRegex(@"(?<so>(?<![\p{L}])[Ss]ố\s*:?\s*)?(?<![\p{L}\p{N}/])(?<num>\d+[a-z]?)\s*/\s*(?:(?<year>(?:19|20)\d{2})\s*/\s*)?(?<code>" + Code + @"(?:\s*-\s*" + Code + @")*)(?![\p{L}\p{N}&])", RegexOptions.CultureInvariant)]
    private static partial Regex StateSymbolRegex();

    // 57-NQ/TW, 22-KH/TU, 212-QĐ/TU.
    [GeneratedRegex(@"(?<so>(?<![\p{L}])[Ss]ố\s*:?\s*)?(?<![\p{L}\p{N}/])(?<num>\d+)\s*-\s*(?<type>" + Code + @")\s*/\s*(?<issuer>" + Code + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex PartySymbolRegex();

    [GeneratedRegex(@"(?:\s*(?<![\p{L}])[Ss]ố\s*:?)?\s*(?<![\p{L}\p{N}])/" + Code + @"(?:-" + Code + @")+(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex BlankSymbolRegex();

    /// <summary>Whether <paramref name="before"/> ends with a document type word (and white space): "Kế hoạch ", "nghị quyết".</summary>
    internal static bool HasTypeWordBefore(ReadOnlySpan<char> before) => TypeWordBeforeRegex().IsMatch(TypeWordTail(before));

    /// <summary>
    /// The end of <paramref name="before"/> that <see cref="TypeWordBeforeRegex"/> can match: its trailing white space and the
    /// longest type word before it (the pattern has no anchor at its start, so a match is only ever that long). The pattern
    /// would otherwise be tried at every letter of the 160 characters before the symbol.
    /// </summary>
    private static ReadOnlySpan<char> TypeWordTail(ReadOnlySpan<char> before)
    {
        var end = before.Length;
        while (end > 0 && char.IsWhiteSpace(before[end - 1]))
        {
            end--;
        }

        return before[Math.Max(0, end - LongestTypeWord)..];
    }

    /// <summary>The longest alternative of <see cref="TypeWordBeforeRegex"/> ("báo cáo thẩm định", "thông tư liên tịch").</summary>
    private const int LongestTypeWord = 18;

    [GeneratedRegex(@"(?:văn bản hợp nhất|báo cáo thẩm định|nghị quyết|nghị định|quyết định|chỉ thị|thông tư|thông tư liên tịch|kế hoạch|hướng dẫn|thông báo|báo cáo|công văn|văn bản|chương trình|đề án|dự án|phương án|quy chế|quy định|tờ trình|công điện|kết luận|thông cáo|biên bản|giấy mời|hợp đồng|luật|pháp lệnh)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TypeWordBeforeRegex();

    // "… ngày 15/7/2021 của Chính phủ", "…, ngày 13/01/2022 của Ủy ban nhân dân", "… của UBND tỉnh".
    [GeneratedRegex(@"^\s*,?\s*(?:ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})?\s*,?\s*của\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IssuerAfterRegex();

    [GeneratedRegex(@"^\s*,?\s*ngày\s+\d{1,2}\s*(?:[/.-]\s*\d{1,2}\s*[/.-]|\s+tháng\s+\d{1,2}\s+năm)\s*\d{4}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateAfterRegex();
}
