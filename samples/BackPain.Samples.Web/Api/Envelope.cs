using System.Globalization;
using System.Text.Json;
using BackPain.Core;

namespace BackPain.Samples.Web.Api;

/// <summary>
/// Reads one of the objects the API wraps around the library's documents (<see cref="PlanBody"/>,
/// <see cref="CheckInBody"/>) for their converters. Each part is read on its own, by the host's options (so by the
/// library's converters that <c>BackPainJson.Configure</c> added), and a bad part does not stop the others: every
/// problem of every part is collected in <see cref="Errors"/> under the part's name.
/// </summary>
internal sealed class Envelope
{
    private readonly Dictionary<string, JsonElement> _parts = new(StringComparer.Ordinal);
    private readonly JsonSerializerOptions _options;

    private Envelope(JsonSerializerOptions options) => _options = options;

    /// <summary>Every problem found so far.</summary>
    public RequestErrors Errors { get; } = new();

    /// <summary>
    /// Reads the object at the reader (throwing if the value is not an object); a name given twice is a problem, and so
    /// is a name not among <paramref name="fields"/>, as in the library's own documents (a misspelt part is never
    /// skipped silently).
    /// </summary>
    public static Envelope Read(ref Utf8JsonReader reader, JsonSerializerOptions options, params string[] fields)
    {
        var envelope = new Envelope(options);
        using var document = JsonDocument.ParseValue(ref reader);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            envelope.Errors.Add("$", ValidationCode.Malformed, "Expected a JSON object.");
            throw envelope.Errors.ToException("request");
        }

        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (!envelope._parts.TryAdd(property.Name, property.Value.Clone()))
            {
                envelope.Errors.Add("$." + property.Name, ValidationCode.Malformed, "is given twice; give it once.");
            }
            else if (!fields.Contains(property.Name, StringComparer.Ordinal))
            {
                var meant = fields.FirstOrDefault(field => Loosely(field) == Loosely(property.Name));
                envelope.Errors.Add(
                    "$." + property.Name, ValidationCode.NotAllowed,
                    (meant is null ? "is not a known field." : $"is not a known field: did you mean {meant}?") + $" The fields allowed here are: {string.Join(", ", fields)}.");
            }
        }

        return envelope;
    }

    /// <summary>A field name without case, <c>_</c> or <c>-</c>: the library's readers suggest a field that matches so.</summary>
    private static string Loosely(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>Whether the part is present and not null.</summary>
    public bool Has(string name) => _parts.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>The part read as <typeparamref name="T"/>, or null when it is absent or has a problem (added).</summary>
    public T? Part<T>(string name)
        where T : class
    {
        if (!Has(name))
        {
            return null;
        }

        try
        {
            return _parts[name].Deserialize<T>(_options);
        }
        catch (JsonException e)
        {
            Errors.AddFrom(e, "$." + name);
            return null;
        }
    }

    /// <summary>The part read as a date written yyyy-MM-dd, or null when it is absent (a problem if <paramref name="required"/>) or malformed (added).</summary>
    public DateOnly? Date(string name, string required)
    {
        if (!Has(name))
        {
            Errors.Add("$." + name, ValidationCode.Required, required);
            return null;
        }

        var value = _parts[name];
        if (value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Errors.Add("$." + name, ValidationCode.Malformed, "must be a date written yyyy-MM-dd, for example \"2026-12-01\".");
        return null;
    }

    /// <summary>The part read as a whole number from <paramref name="min"/> to <paramref name="max"/>, <paramref name="otherwise"/> when absent, or null when it is out of range (added).</summary>
    public int? Number(string name, int min, int max, int otherwise, string outOfRange)
    {
        if (!Has(name))
        {
            return otherwise;
        }

        if (_parts[name] is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number) && number >= min && number <= max)
        {
            return number;
        }

        Errors.Add("$." + name, ValidationCode.OutOfRange, outOfRange);
        return null;
    }
}
