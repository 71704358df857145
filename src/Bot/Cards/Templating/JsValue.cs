using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text;

namespace KommunalBot.Bot.Cards.Templating;

/// JavaScript value semantics the official templating engine (adaptivecards-templating on
/// adaptive-expressions) applies. Values are: <see cref="Undefined"/>, null, string, double, bool,
/// <see cref="JsonObject"/>, <see cref="JsonArray"/> (objects and arrays stay data nodes).
internal static class JsValue
{
    public static readonly object Undefined = new UndefinedValue();

    // JavaScript Number.EPSILON, used by commonEquals for numbers.
    private const double NumberEpsilon = 2.220446049250313e-16;

    public static bool IsNullish(object? value) => value is null || ReferenceEquals(value, Undefined);

    /// A data node as a value: JSON primitives become C# primitives, JavaScript has one number type.
    // (object) on the node arm: otherwise the arms are typed JsonNode and primitives convert back to JsonValue.
    public static object? FromNode(JsonNode? node) => node switch
    {
        null => null,
        JsonObject or JsonArray => (object)node,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture),
            _ => null,
        },
        _ => null,
    };

    /// A value as a new node for the bound card (data objects are copied: a node has one parent).
    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        double d => JsonValue.Create(d),
        JsonNode n => n.DeepClone(),
        _ => throw new InvalidOperationException($"Not a JSON value: {value.GetType().Name}"),
    };

    /// JavaScript truthiness, as `!instance` in adaptive-expressions' property access.
    public static bool IsFalsy(object? value) => value switch
    {
        null or UndefinedValue => true,
        bool b => !b,
        double d => d == 0 || double.IsNaN(d),
        string s => s.Length == 0,
        _ => false,
    };

    /// adaptive-expressions' isLogicTrue: only false, null and undefined are false.
    public static bool IsLogicTrue(object? value) => value is bool b ? b : !IsNullish(value);

    /// JavaScript `value.toString()` (null and undefined have none: the engine then fails).
    public static string ToJsString(object? value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        double d => FormatNumber(d),
        JsonArray a => JoinArray(a, ","),
        JsonObject => "[object Object]",
        _ => throw new TemplateException($"Cannot read properties of {(value is null ? "null" : "undefined")} (reading 'toString')"),
    };

    /// JavaScript `Array.prototype.join`: null and undefined items become empty strings.
    public static string JoinArray(JsonArray array, string separator) =>
        string.Join(separator, array.Select(item => FromNode(item) is { } v ? ToJsString(v) : ""));

    /// ECMAScript Number::toString(10), from .NET's shortest round-trip digits.
    public static string FormatNumber(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsInfinity(d)) return d > 0 ? "Infinity" : "-Infinity";
        if (d == 0) return "0";
        var sign = d < 0 ? "-" : "";
        var shortest = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        // Digits and exponent of the shortest representation.
        var mantissa = shortest;
        var exponent = 0;
        var e = shortest.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            mantissa = shortest[..e];
            exponent = int.Parse(shortest[(e + 1)..], CultureInfo.InvariantCulture);
        }
        var point = mantissa.IndexOf('.');
        var intPart = point >= 0 ? mantissa[..point] : mantissa;
        var fracPart = point >= 0 ? mantissa[(point + 1)..] : "";
        var digits = (intPart + fracPart).TrimStart('0');
        var leadingZeros = (intPart + fracPart).Length - digits.Length;
        var n = intPart.Length + exponent - leadingZeros; // position of the decimal point
        digits = digits.TrimEnd('0');
        var k = digits.Length;
        var sb = new StringBuilder(sign);
        if (k <= n && n <= 21) sb.Append(digits).Append('0', n - k);
        else if (0 < n && n <= 21) sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        else if (-6 < n && n <= 0) sb.Append("0.").Append('0', -n).Append(digits);
        else
        {
            sb.Append(digits[0]);
            if (k > 1) sb.Append('.').Append(digits, 1, k - 1);
            sb.Append('e').Append(n - 1 >= 0 ? "+" : "-").Append(Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// adaptive-expressions' commonEquals.
    public static bool CommonEquals(object? a, object? b)
    {
        if (IsNullish(a) || IsNullish(b)) return IsNullish(a) && IsNullish(b);
        if (a is JsonArray x && b is JsonArray y)
        {
            return x.Count == y.Count && x.Zip(y).All(p => CommonEquals(FromNode(p.First), FromNode(p.Second)));
        }
        if (a is JsonObject || b is JsonObject)
        {
            return a is JsonObject oa && b is JsonObject ob && JsonNode.DeepEquals(oa, ob);
        }
        if (a is double m && b is double n && Math.Abs(m - n) < NumberEpsilon) return true;
        return a switch
        {
            string s => b is string t && s == t,
            double d => b is double e && d == e,
            bool p => b is bool q && p == q,
            _ => false,
        };
    }

    /// JavaScript parseInt for the path logic of adaptive-expressions (null when NaN).
    public static int? ParseInt(string s)
    {
        var t = s.TrimStart();
        var i = 0;
        var negative = false;
        if (i < t.Length && (t[i] == '+' || t[i] == '-')) negative = t[i++] == '-';
        var start = i;
        while (i < t.Length && char.IsAsciiDigit(t[i])) i++;
        if (i == start) return null;
        return int.TryParse(t[start..i], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? (negative ? -v : v) : null;
    }

    private sealed class UndefinedValue
    {
        public override string ToString() => "undefined";
    }
}
