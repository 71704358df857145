using System.Text.RegularExpressions;

namespace KommunalBot.Bot.Features.Ask.Assistant;

/// Replaces personal data in a question with placeholders before it leaves the bot: e-mail addresses,
/// IBANs, ids (GUIDs such as tenant or user ids), German phone numbers and "Herr/Frau Name".
/// Errs on the side of redacting too much: a lost word costs less than a leaked name.
internal static partial class PersonalDataRedactor
{
    public const string Email = "[E-Mail]";
    public const string Iban = "[IBAN]";
    public const string Id = "[ID]";
    public const string Phone = "[Telefon]";
    public const string Name = "[Name]";

    public static string Redact(string text)
    {
        // Order matters: e-mails and ids hold digit runs the phone pattern would otherwise take.
        text = EmailPattern().Replace(text, Email);
        text = GuidPattern().Replace(text, Id);
        text = IbanPattern().Replace(text, Iban);
        text = PhonePattern().Replace(text, Phone);
        return SalutationPattern().Replace(text, m => m.Groups["title"].Value + " " + Name);
    }

    [GeneratedRegex(@"[\p{L}0-9._%+\-]+@[\p{L}0-9\-]+(?:\.[\p{L}0-9\-]+)*\.\p{L}{2,}")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}\b")]
    private static partial Regex GuidPattern();

    // Country code, check digits, then 11-30 letters/digits, optionally in groups of four ("DE89 3704 0044 0532 0130 00").
    [GeneratedRegex(@"\b[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]){11,30}\b")]
    private static partial Regex IbanPattern();

    // +49 89 1234567, 0049 89 1234567, +49 (0)89 123456-78, 089/1234567, 0 89 1234567, (089) 123456, 0171 1234567.
    // Needs a leading 0 or the country code and at least 6 further digits, so dates, postcodes and LeiKa keys stay.
    [GeneratedRegex(@"(?<![\w+])(?:(?:\+|00)49\s?(?:\(0\)\s?)?|\(0|0)(?:[ \-/)]{0,2}[0-9]){6,14}(?!\w)")]
    private static partial Regex PhonePattern();

    // "Frau Müller", "Herrn Dr. Max Mustermann", "Mr. Smith": the title stays, one or two capitalised words go.
    [GeneratedRegex(@"\b(?<title>Herrn?|Frau|Hr\.|Fr\.|Mr\.?|Mrs\.?|Ms\.?)\s+(?:(?:Dr|Prof)\.\s+)*\p{Lu}[\p{L}'\-]+(?:\s+\p{Lu}[\p{L}'\-]+)?")]
    private static partial Regex SalutationPattern();
}
