using System.Text;

namespace KommunalBot.Bot.Storage;

/// Key rules shared by every backend, so a key that works on SQLite also works as a blob name
/// (blob names: 1..1024 characters; we stay well below, forbid control characters and broken UTF-16).
internal static class DocumentKey
{
    public const int MaxLength = 512;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void Validate(string key, string paramName = "key")
    {
        ArgumentNullException.ThrowIfNull(key, paramName);
        if (key.Length is 0 or > MaxLength)
        {
            throw new ArgumentException($"A document key must have 1 to {MaxLength} characters.", paramName);
        }

        if (key.Any(char.IsControl))
        {
            throw new ArgumentException("A document key must not contain control characters.", paramName);
        }

        try
        {
            StrictUtf8.GetByteCount(key);
        }
        catch (EncoderFallbackException)
        {
            throw new ArgumentException("A document key must be valid UTF-16 (no lone surrogates).", paramName);
        }
    }

    public static void ValidatePrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length > 0)
        {
            Validate(prefix, nameof(prefix));
        }
    }

    /// The smallest string greater than every string that starts with <paramref name="prefix"/>,
    /// in code point order (= UTF-8 byte order = SQLite's BINARY collation); null when there is none.
    /// Lets "starts with" use an index range instead of LIKE, whose wildcards and case folding get in the way.
    public static string? UpperBound(string prefix)
    {
        var runes = prefix.EnumerateRunes().ToList();
        while (runes.Count > 0)
        {
            var last = runes[^1].Value;
            runes.RemoveAt(runes.Count - 1);
            if (last < 0x10FFFF)
            {
                runes.Add(new Rune(last + 1 == 0xD800 ? 0xE000 : last + 1));
                return string.Concat(runes.Select(rune => rune.ToString()));
            }
        }

        return null;
    }
}
