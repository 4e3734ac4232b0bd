using System.Collections.Frozen;
using System.Text;

namespace CchcPublisher.Content.Import;

/// <summary>
/// Converts text typed in a legacy Vietnamese font to Unicode (NFC). Word keeps such text as the Windows-1252
/// characters of the legacy bytes ("ViÖt Nam" in <c>.VnTime</c>, "Vieät Nam" in <c>VNI-Times</c>); only the font
/// tells how to read them, so the converter is told the font of each run.
/// </summary>
internal static class LegacyTextConverter
{
    // TCVN 5712:1993 VN3: the 67 lower-case letters, 7 capitals without tone and the no-break space, at the codes
    // A0–FE (checked against glibc's TCVN5712-1 converter, whose upper half VN3 shares).
    private const string Tcvn3Codes =
        "\u00A0ĂÂÊÔƠƯĐăâêôơưđ" + // A0–AE
        "\0\0\0\0\0\0àảãáạ" + // AF–B9 (AF–B4: not in VN3)
        "\0ằẳẵắ\0\0\0\0\0\0\0ặầẩẫấậè\0ẻẽéẹềểễếệìỉ\0\0\0ĩíịò\0ỏõóọồổỗốộờởỡớợù\0ủũúụừửữứựỳỷỹýỵ"; // BA–FE

    private static readonly FrozenDictionary<char, char> Tcvn3 = BuildTcvn3();

    // VNI: accents typed after the base letter, lower- and upper-case forms, and the letters VNI stores whole.
    private static readonly FrozenDictionary<char, string> VniAccents = new Dictionary<char, string>
    {
        ['ù'] = "\u0301", ['Ù'] = "\u0301", // sắc
        ['ø'] = "\u0300", ['Ø'] = "\u0300", // huyền
        ['û'] = "\u0309", ['Û'] = "\u0309", // hỏi
        ['õ'] = "\u0303", ['Õ'] = "\u0303", // ngã
        ['ï'] = "\u0323", ['Ï'] = "\u0323", // nặng
        ['â'] = "\u0302", ['Â'] = "\u0302", // mũ
        ['á'] = "\u0302\u0301", ['Á'] = "\u0302\u0301",
        ['à'] = "\u0302\u0300", ['À'] = "\u0302\u0300",
        ['å'] = "\u0302\u0309", ['Å'] = "\u0302\u0309",
        ['ã'] = "\u0302\u0303", ['Ã'] = "\u0302\u0303",
        ['ä'] = "\u0302\u0323", ['Ä'] = "\u0302\u0323",
        ['ê'] = "\u0306", ['Ê'] = "\u0306", // trăng (ă)
        ['é'] = "\u0306\u0301", ['É'] = "\u0306\u0301",
        ['è'] = "\u0306\u0300", ['È'] = "\u0306\u0300",
        ['ú'] = "\u0306\u0309", ['Ú'] = "\u0306\u0309",
        ['ü'] = "\u0306\u0303", ['Ü'] = "\u0306\u0303",
        ['ë'] = "\u0306\u0323", ['Ë'] = "\u0306\u0323",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<char, char> VniLetters = new Dictionary<char, char>
    {
        ['ô'] = 'ơ', ['Ô'] = 'Ơ',
        ['ö'] = 'ư', ['Ö'] = 'Ư',
        ['ñ'] = 'đ', ['Ñ'] = 'Đ',
        ['í'] = 'í', ['Í'] = 'Í',
        ['ì'] = 'ì', ['Ì'] = 'Ì',
        ['æ'] = 'ỉ', ['Æ'] = 'Ỉ',
        ['ó'] = 'ĩ', ['Ó'] = 'Ĩ',
        ['ò'] = 'ị', ['Ò'] = 'Ị',
    }.ToFrozenDictionary();

    /// <summary>The Unicode (NFC) reading of <paramref name="text"/> typed in <paramref name="font"/>.</summary>
    public static string Convert(string text, LegacyFont font)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(font);
        var converted = font.Encoding switch
        {
            LegacyEncoding.Tcvn3 => ConvertTcvn3(text),
            LegacyEncoding.Vni => ConvertVni(text),
            _ => text,
        };
        if (font.UpperCase)
        {
            converted = converted.ToUpperInvariant();
        }

        return converted.Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when <paramref name="text"/> has a character the encoding would change (worth reporting).</summary>
    public static bool WouldChange(string text, LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => text.Any(c => Tcvn3.ContainsKey(Unmap(c))),
        LegacyEncoding.Vni => text.Any(c => VniAccents.ContainsKey(Unmap(c)) || VniLetters.ContainsKey(Unmap(c))),
        _ => false,
    };

    private static string ConvertTcvn3(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(Tcvn3.TryGetValue(Unmap(c), out var letter) ? letter : c);
        }

        return builder.ToString();
    }

    private static string ConvertVni(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = Unmap(text[i]);
            if (VniAccents.TryGetValue(c, out var marks) && i > 0 && char.IsLetter(builder.Length > 0 ? builder[^1] : ' '))
            {
                builder.Append(marks);
            }
            else if (VniLetters.TryGetValue(c, out var letter))
            {
                builder.Append(letter);
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Word stores characters of a symbol-charset font in the private-use block U+F000–U+F0FF.</summary>
    private static char Unmap(char c) => c is >= '\uF020' and <= '\uF0FF' ? (char)(c - 0xF000) : c;

    private static FrozenDictionary<char, char> BuildTcvn3()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i < Tcvn3Codes.Length; i++)
        {
            if (Tcvn3Codes[i] != '\0')
            {
                map[(char)(0xA0 + i)] = Tcvn3Codes[i];
            }
        }

        return map.ToFrozenDictionary();
    }
}
