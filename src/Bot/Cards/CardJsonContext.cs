using System.Text.Json;
using System.Text.Json.Serialization;
using KommunalBot.Bot.Features.Access;
using KommunalBot.Bot.Features.Ask;
using KommunalBot.Bot.Features.Help;

namespace KommunalBot.Bot.Cards;

/// Every card's data and every card action's payload (STYLE habit 17). Strict both ways: a payload with a field
/// the record does not have, without a required one, with null for a non-nullable one or a number as a string
/// does not read (a forged or stale button); nulls are written, as the templates test them (`empty(x)`).
/// Enums travel by name, so a template's `$when` compares the same word in every language.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(AnswerCardData))]
[JsonSerializable(typeof(NoAnswerCardData))]
[JsonSerializable(typeof(SteckbriefCardData))]
[JsonSerializable(typeof(ServicesCardData))]
[JsonSerializable(typeof(NewsCardData))]
[JsonSerializable(typeof(HelpCardData))]
[JsonSerializable(typeof(WelcomeCardData))]
[JsonSerializable(typeof(TenantRefusalCardData))]
[JsonSerializable(typeof(FeedbackActionData))]
[JsonSerializable(typeof(SteckbriefActionData))]
[JsonSerializable(typeof(ConsultActionData))]
[JsonSerializable(typeof(DidYouMeanActionData))]
[JsonSerializable(typeof(ServicesActionData))]
[JsonSerializable(typeof(HelpActionData))]
internal sealed partial class CardJsonContext : JsonSerializerContext;
