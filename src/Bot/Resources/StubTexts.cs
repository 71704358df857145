using System.Globalization;
namespace KommunalBot.Bot.Resources;
public sealed class Texts { public string Get(string key, CultureInfo culture) => key; }
