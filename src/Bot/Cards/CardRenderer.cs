using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.Json;
using KommunalBot.Bot.Cards.Templating;
using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Cards;

/// Renders the card templates embedded from cards/<name>.json: merges the texts of the culture into the
/// data as `t`, binds, refuses unbound "${...}" and messages over the Teams size limit.
internal sealed class CardRenderer
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// Teams accepts about 100 KB per bot message counted as UTF-16 and recommends staying within 80 KB
    /// (Teams docs, "Format your bot messages").
    public const int MaxMessageBytesUtf16 = 80 * 1024;

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const int MaxCachedCards = 512;

    private readonly Texts _texts;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, System.Text.Json.JsonElement> _rendered = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TemplateNode> _templates;

    public CardRenderer(Texts texts)
    {
        _texts = texts;
        _templates = LoadTemplates();
    }

    public IReadOnlyCollection<string> CardNames => _templates.Keys;

    /// Binds the card whose data <paramref name="data"/> is.
    public JsonObject Render<T>(T data, CultureInfo culture) where T : ICardData<T> =>
        Render(T.CardName, ToJson(data), culture);

    /// The data as the template binds it (and as it is stored to render the card again).
    public static JsonObject ToJson<T>(T data) where T : ICardData<T> =>
        JsonSerializer.SerializeToNode(data, T.JsonType)!.AsObject();

    /// Binds a card; the same card, culture and data give a copy of the earlier result (help, welcome and
    /// repeated answers cost no binding).
    public JsonObject Render(string cardName, JsonNode data, CultureInfo culture)
    {
        var key = string.Concat(cardName, "|", culture.Name, "|", data.ToJsonString());
        if (_rendered.TryGetValue(key, out var cached))
        {
            return JsonObject.Create(cached)!; // a lazy, independent view: nothing is copied unless changed
        }

        var card = RenderUncached(cardName, data, culture);
        if (_rendered.Count >= MaxCachedCards)
        {
            _rendered.Clear();
        }

        _rendered[key] = JsonSerializer.SerializeToElement(card, Compact);
        return card;
    }

    private JsonObject RenderUncached(string cardName, JsonNode data, CultureInfo culture)
    {
        if (!_templates.TryGetValue(cardName, out var template))
        {
            throw new ArgumentException($"No card template cards/{cardName}.json (known: {string.Join(", ", _templates.Keys)})", nameof(cardName));
        }
        if (data.DeepClone() is not JsonObject merged) throw new ArgumentException("Card data must be a JSON object", nameof(data));
        merged["t"] = _texts.All(culture);
        BoundCard bound;
        try
        {
            bound = CardBinder.Bind(template, merged);
        }
        catch (TemplateException e)
        {
            throw new TemplateException($"Card {cardName}: {e.Message}");
        }
        if (bound.Unresolved.Count > 0)
        {
            throw new TemplateException($"Card {cardName}: unbound \"${{...}}\" (no value in the data) at {string.Join(", ", bound.Unresolved)}");
        }
        if (bound.Value is not JsonObject card) throw new TemplateException($"Card {cardName}: binding gave no card object");
        var size = MessageBytesUtf16(card);
        if (size > MaxMessageBytesUtf16)
        {
            throw new TemplateException($"Card {cardName}: the message is {size} bytes UTF-16, over the Teams limit of {MaxMessageBytesUtf16}");
        }
        return card;
    }

    public JsonObject Attachment(JsonObject card) => new() { ["contentType"] = ContentType, ["content"] = card };

    /// The size of the message carrying the card as Teams counts it: characters of the JSON, two bytes each.
    public static int MessageBytesUtf16(JsonObject card) =>
        (MessageEnvelope.Length + card.ToJsonString(Compact).Length) * 2;

    // {"type":"message","attachments":[{"contentType":"...","content":CARD}]} without the card itself.
    private static readonly string MessageEnvelope =
        $$"""{"type":"message","attachments":[{"contentType":"{{ContentType}}","content":}]}""";

    private static Dictionary<string, TemplateNode> LoadTemplates()
    {
        var assembly = typeof(CardRenderer).Assembly;
        var templates = new Dictionary<string, TemplateNode>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith("cards/", StringComparison.Ordinal) || !resource.EndsWith(".json", StringComparison.Ordinal) ||
                resource.EndsWith(".sample.json", StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            var name = resource["cards/".Length..^".json".Length];
            try
            {
                templates[name] = TemplateNode.Prepare(JsonNode.Parse(stream));
            }
            catch (TemplateException e)
            {
                throw new TemplateException($"Card template {resource}: {e.Message}");
            }
        }
        return templates;
    }
}
