using System.Text;

namespace KommunalBot.Bot.Storage;

/// Key rules shared by every backend, so a key that works on SQLite also works as a blob name
/// (blob names are URL paths of 1..1024 characters; we stay well below).
internal static class DocumentKey
{
    public const int MaxLength = 512;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void Validate(string key, string paramName = "key")
    {
        ArgumentNullException.ThrowIfNull(key, paramName);
        if (key.Length == 0)
        {
            throw new ArgumentException("A document key must not be empty.", paramName);
        }

        ValidateText(key, paramName);
        // In a URL path "." and ".." segments are collapsed and a trailing "." or "/" is dropped.
        if (key.EndsWith('.') || key.EndsWith('/') || key.Split('/').Any(segment => segment is "." or ".."))
        {
            throw new ArgumentException("A document key must not end with '.' or '/' nor contain '.' or '..' segments.", paramName);
        }
    }

    /// One key segment from outside input (a conversation, user or activity id): URL-escaped, with a
    /// trailing "." escaped too, so no segment is "." or ".." and no key ends with "." (ids such as
    /// `19:x@thread.v2` keep their readable form). A segment that would be empty, hold a control
    /// character or a lone surrogate, or exceed <see cref="MaxSegmentLength"/> becomes a hash of itself.
    public static string Segment(string value)
    {
        string escaped;
        try
        {
            escaped = Uri.EscapeDataString(value);
        }
        catch (UriFormatException)
        {
            escaped = string.Empty; // lone surrogates cannot be escaped: hashed below
        }

        if (escaped.EndsWith('.'))
        {
            escaped = escaped[..^1] + "%2E";
        }

        if (escaped.Length is > 0 and <= MaxSegmentLength)
        {
            return escaped;
        }

        return Hash(value);
    }

    /// A key segment that does not show the value (e.g. a 1:1 conversation id, which names its user).
    public static string Hash(string value) =>
        "~" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    /// Longest segment kept readable: a tenant GUID, two such segments and a feature prefix stay under
    /// <see cref="MaxLength"/>; Teams' own ids (at most about 150 characters) fit unhashed.
    public const int MaxSegmentLength = 200;

    /// A prefix is only a filter ("consult/" is fine), so the path rules for keys do not apply.
    public static void ValidatePrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ValidateText(prefix, nameof(prefix));
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

    private static void ValidateText(string text, string paramName)
    {
        if (text.Length > MaxLength)
        {
            throw new ArgumentException($"A document key must have at most {MaxLength} characters.", paramName);
        }

        if (text.Any(char.IsControl))
        {
            throw new ArgumentException("A document key must not contain control characters.", paramName);
        }

        try
        {
            StrictUtf8.GetByteCount(text);
        }
        catch (EncoderFallbackException)
        {
            throw new ArgumentException("A document key must be valid UTF-16 (no lone surrogates).", paramName);
        }
    }
}
