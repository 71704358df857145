using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Resources;

/// All user-facing text, from Texts.resx (German, the neutral default) and Texts.en.resx (English).
internal sealed class Texts
{
    public static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private readonly ResourceManager _resources = new("KommunalBot.Bot.Resources.Texts", typeof(Texts).Assembly);
    private readonly Lazy<IReadOnlyList<string>> _keys;

    public Texts()
    {
        _keys = new(() => _resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal).ToArray());
    }

    /// Every text key (those of the neutral German resources).
    public IReadOnlyList<string> Keys => _keys.Value;

    /// The culture for an activity's locale: "en-US" and other English locales give English,
    /// everything else (including "de-DE" and no locale) German.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonObject> _all = new();

    public static CultureInfo CultureFor(string? locale) =>
        locale is not null && (locale.Equals("en", StringComparison.OrdinalIgnoreCase) || locale.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
            ? English
            : German;

    public string Get(string key, CultureInfo culture) =>
        _resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No text \"{key}\" in Resources/Texts.resx");

    /// All texts of a culture as one object, bound into cards as `t` (`${t.helpTitle}`). A fresh copy per
    /// call (a JsonNode has one parent); the resource lookups happen once per culture.
    public JsonObject All(CultureInfo culture) =>
        (JsonObject)_all.GetOrAdd(culture.Name, _ =>
        {
            var all = new JsonObject();
            foreach (var key in Keys) all[key] = Get(key, culture);
            return all;
        }).DeepClone();
}
