using System.Globalization;
using KommunalBot.Bot.Resources;

namespace KommunalBot.Bot.Features.Delivery;

/// Card data for editors from delivery reports: counts in words, dates in Europe/Berlin, durations, the recall step.
internal sealed class DeliveryCards(Texts texts)
{
    public DeliveryListCardData List(IEnumerable<DeliveryReport> reports, CultureInfo culture) => new()
    {
        Items = [.. reports.Select(r => new DeliveryListItem(r.ContentId, r.Summary, DeliveryDates.DateTime(r.CreatedUtc), CountsLine(r, culture), r.Recalled))],
    };

    public DeliveryReportCardData Report(DeliveryReport report, CultureInfo culture) => new()
    {
        ContentId = report.ContentId,
        Summary = report.Summary,
        Sent = DeliveryDates.DateTime(report.CreatedUtc),
        Counts = [.. Counts(report).Where(c => c.Always || c.Count > 0).Select(c => new DeliveryFact(Text(c.Key, culture), Number(c.Count, culture)))],
        Failures = [.. report.Failures.Select(f => new DeliveryFact(Number(f.Count, culture) + "×", f.Reason))],
        Duration = report.TimeToComplete is { } duration ? Duration(duration, culture) : null,
        Recalled = report.Recalled,
        Notice = null,
        Confirm = null,
    };

    /// What a recall in <paramref name="mode"/> will do: the posted copies changed, the unsent ones dropped.
    public DeliveryConfirm Confirm(DeliveryReport report, RecallMode mode, CultureInfo culture) => new(mode,
        Format(mode == RecallMode.Replace ? "deliveryConfirmReplace" : "deliveryConfirmDelete", culture, report.Delivered, report.Pending));

    public string Accepted(ChangeOutcome.Accepted accepted, CultureInfo culture) =>
        Format("deliveryRecallAccepted", culture, accepted.Posted, accepted.NotYetSent);

    /// "zugestellt 312 von 320 · ausstehend 5 · fehlgeschlagen 3": delivered of all, then what is not zero.
    public string CountsLine(DeliveryReport report, CultureInfo culture)
    {
        var parts = new List<string> { Format("deliveryLineDelivered", culture, report.Delivered, report.Total) };
        foreach (var (key, count) in new[] { ("deliveryLinePending", report.Pending), ("deliveryLineFailed", report.Failed), ("deliveryLineUnknown", report.Unknown) })
        {
            if (count > 0)
            {
                parts.Add(Format(key, culture, count));
            }
        }

        return string.Join(" · ", parts);
    }

    /// The two largest units: "4 Min. 12 Sek.", "2 Std. 5 Min.", "3 Tg. 1 Std."; under a second "0 Sek.".
    public string Duration(TimeSpan duration, CultureInfo culture)
    {
        var units = new[]
        {
            ("durationDays", duration.Days), ("durationHours", duration.Hours),
            ("durationMinutes", duration.Minutes), ("durationSeconds", duration.Seconds),
        };
        var first = Array.FindIndex(units, u => u.Item2 > 0);
        if (first < 0)
        {
            return Format("durationSeconds", culture, 0);
        }

        var shown = units.Skip(first).Take(2).Where(u => u.Item2 > 0);
        return string.Join(" ", shown.Select(u => Format(u.Item1, culture, u.Item2)));
    }

    private static IEnumerable<(string Key, int Count, bool Always)> Counts(DeliveryReport report) =>
    [
        ("deliveryFactTotal", report.Total, true),
        ("deliveryFactDelivered", report.Delivered, true),
        ("deliveryFactPending", report.Pending, false),
        ("deliveryFactFailed", report.Failed, false),
        ("deliveryFactRetired", report.Retired, false),
        ("deliveryFactUnknown", report.Unknown, false),
    ];

    private string Text(string key, CultureInfo culture) => texts.Get(key, culture);

    private string Format(string key, CultureInfo culture, params int[] numbers) =>
        string.Format(culture, texts.Get(key, culture), numbers.Select(n => (object)Number(n, culture)).ToArray());

    private static string Number(int value, CultureInfo culture) => value.ToString("N0", culture);
}
