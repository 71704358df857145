using System.Text.RegularExpressions;

namespace KommunalBot.Bot.Storage;

/// One holder's claim on a named lease. The holder id is a GUID because Azure blob leases require one
/// (learn.microsoft.com/rest/api/storageservices/lease-blob); each process picks its own.
internal sealed partial record Lease
{
    public Lease(string name, Guid holder, TimeSpan duration)
    {
        if (!NamePattern().IsMatch(name))
        {
            throw new ArgumentException($"A lease name is lowercase letters, digits and hyphens, not '{name}'.", nameof(name));
        }

        Name = name;
        Holder = holder;
        Duration = duration;
    }

    public string Name { get; }

    public Guid Holder { get; }

    public TimeSpan Duration { get; }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex NamePattern();
}
