using System.Text.Json;
using System.Text.Json.Serialization;

namespace KommunalBot.Bot.Features.Broadcast;

/// Stored announcements and the admin API's bodies of subscriptions and announcements (enums as text, STYLE 9).
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(Announcement))]
[JsonSerializable(typeof(AnnouncementRequest))]
[JsonSerializable(typeof(AnnouncementView))]
[JsonSerializable(typeof(SubscriptionCounts))]
internal sealed partial class SubscriptionJsonContext : JsonSerializerContext;
