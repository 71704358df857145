namespace KommunalBot.Bot.Features.Delivery;

internal enum StepCall
{
    /// No Connector call was made.
    None,

    /// The call was made and answered (anything but 429), or may have reached Teams: it counts against the limits.
    Counted,

    /// 429: Teams did not carry it out.
    Throttled,
}
