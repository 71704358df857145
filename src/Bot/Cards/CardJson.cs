using System.Text.Json;
using System.Text.Json.Serialization;

namespace KommunalBot.Bot.Cards;

/// How every card's data and every card action's payload travel (STYLE habit 17); each feature's own
/// source-generated context is built with these options. Strict both ways: a payload with a field the record
/// does not have, without a required one, with null for a non-nullable one or a number as a string does not
/// read (a forged or stale button); nulls are written, as the templates test them (`empty(x)`). Enums travel
/// by name, so a template's `$when` compares the same word in every language.
public static class CardJson
{
    /// A new instance each time: options bind to one context only.
    public static JsonSerializerOptions Options() => new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowDuplicateProperties = false,
        Converters = { new JsonStringEnumConverter() },
    };
}
