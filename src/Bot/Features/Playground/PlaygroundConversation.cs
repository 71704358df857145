using System.Globalization;
using System.Text.Json.Nodes;

namespace KommunalBot.Bot.Features.Playground;

/// One Direct Line conversation in memory: its history in watermark order. An updated activity moves to the end with
/// its id and timestamp kept, so a polling client receives it again and Web Chat replaces the message in place.
internal sealed class PlaygroundConversation(string id, string token, PlaygroundRole role, int maxActivities)
{
    private readonly List<(long Watermark, JsonObject Activity)> activities = [];
    private long nextWatermark;
    private long nextId;

    public string Id { get; } = id;

    public string Token { get; } = token;

    public PlaygroundRole Role { get; } = role;

    public DateTimeOffset LastUsed { get; set; }

    /// Adds the activity made for the next id of this conversation ("{conversationId}|0000001", as Direct Line does).
    public string Append(Func<string, JsonObject> create)
    {
        lock (activities)
        {
            var activityId = $"{Id}|{++nextId:D7}";
            var activity = create(activityId);
            activity["id"] = activityId;
            Add(activity);
            return activityId;
        }
    }

    /// False when no activity with that id is (still) in the history.
    public bool Replace(string activityId, Func<JsonObject, JsonObject> update)
    {
        lock (activities)
        {
            var index = activities.FindIndex(a => (string?)a.Activity["id"] == activityId);
            if (index < 0)
            {
                return false;
            }

            var previous = activities[index].Activity;
            activities.RemoveAt(index);
            var next = update(previous);
            next["id"] = activityId;
            next["timestamp"] = previous["timestamp"]?.DeepClone();
            Add(next);
            return true;
        }
    }

    public JsonObject? Find(string activityId)
    {
        lock (activities)
        {
            return activities.Select(a => a.Activity).FirstOrDefault(a => (string?)a["id"] == activityId)?.DeepClone().AsObject();
        }
    }

    /// The activities after <paramref name="watermark"/> and the watermark to ask with next.
    public (JsonArray Activities, string Watermark) Since(long watermark)
    {
        lock (activities)
        {
            var result = new JsonArray(activities.Where(a => a.Watermark > watermark).Select(a => (JsonNode)a.Activity.DeepClone()).ToArray());
            return (result, Math.Max(watermark, nextWatermark).ToString(CultureInfo.InvariantCulture));
        }
    }

    private void Add(JsonObject activity)
    {
        activities.Add((++nextWatermark, activity));
        if (activities.Count > maxActivities)
        {
            activities.RemoveAt(0);
        }
    }
}
