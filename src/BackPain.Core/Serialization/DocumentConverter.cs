using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using BackPain.Core.Internal;

namespace BackPain.Core.Serialization;

/// <summary>
/// How every reader lists all the problems of a document at once. System.Text.Json stops at the first value it cannot
/// read (a wrong JSON kind, an unknown id or enum word, a field the format does not know). A good document is read once, at full speed; a document with
/// such a value is read again as a <see cref="JsonNode"/>: the problem is recorded with its path, the value taken out
/// (a property removed, a list entry set to null) and the rest read again, until it reads. The later checks do not
/// report a value that was taken out a second time (<see cref="ErrorCollector.Block"/>). Broken JSON syntax, a
/// duplicate property or nesting deeper than 32 levels stops the reading there, with its place.
/// </summary>
internal static class DocumentConverter
{
    /// <summary>The most unreadable values listed from one document; a document with more names the first ones and says it stopped.</summary>
    internal const int MaxProblems = 100;

    /// <summary>The problem of a document whose bytes are not UTF-8 text.</summary>
    internal const string NotUtf8 = "The document is not valid UTF-8 text.";

    private static readonly JsonDocumentOptions NodeOptions = new() { MaxDepth = 32, AllowDuplicateProperties = false };

    /// <summary>
    /// Reads a document inside a converter (plain <see cref="JsonSerializer"/> calls): every problem is thrown at once
    /// in one <see cref="JsonException"/>, with paths relative to the document (System.Text.Json's
    /// <see cref="JsonException.Path"/> says where the document is) and the same problems as a
    /// <see cref="BackPainValidationException"/> in its <see cref="Exception.InnerException"/>.
    /// </summary>
    public static T Read<TDto, T>(ref Utf8JsonReader reader, JsonTypeInfo<TDto> typeInfo, Func<TDto, ErrorCollector, T?> convert)
        where T : class
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonValueException.ForDocument([new ValidationError("$", ValidationCode.Malformed, Messages.Get("validation.json.object"))]);
        }

        var errors = new ErrorCollector();
        var dto = ReadTolerantly(ref reader, typeInfo, errors);
        var result = dto is null ? null : convert(dto, errors);
        return errors.Count == 0 && result is not null
            ? result
            : throw JsonValueException.ForDocument(errors.ToResult().Errors);
    }

    /// <summary>
    /// Reads the value at <paramref name="reader"/> (which must hold all of it, as a converter's reader does), adding
    /// every value it could not read to <paramref name="errors"/> with its path relative to the value, and leaves the
    /// reader on the value's last token. Returns what could be read, or null if nothing could.
    /// </summary>
    public static TDto? ReadTolerantly<TDto>(ref Utf8JsonReader reader, JsonTypeInfo<TDto> typeInfo, ErrorCollector errors)
    {
        var start = reader;
        try
        {
            // The type's own converter reads the value in place. (JsonSerializer.Deserialize(ref reader) would first scan
            // the whole value to find its end, a second pass over the document that made plain JsonSerializer reads
            // about 40 % slower than BackPainJson's.) Its problems carry no path, so a failure is read again below.
            return ((JsonConverter<TDto>)typeInfo.Converter).Read(ref reader, typeof(TDto), typeInfo.Options);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            // Parsed again with the readers' limits (no duplicate property), after checking the text is UTF-8: found by
            // fuzzing, a duplicate property escaped as an ArgumentException and invalid UTF-8 as an InvalidOperationException.
            reader = start;
            using var value = JsonDocument.ParseValue(ref reader);
            var raw = JsonMarshal.GetRawUtf8Value(value.RootElement).ToArray();
            if (!Utf8.IsValid(raw))
            {
                errors.Add(string.Empty, ValidationCode.Malformed, NotUtf8);
                return default;
            }

            JsonNode? node = null;
            try
            {
                node = Parse(raw);
                return node.Deserialize(typeInfo);
            }
            catch (JsonException failure)
            {
                return Recover(failure, () => node ?? Parse(raw), typeInfo, errors);
            }
        }
    }

    /// <summary>
    /// After <paramref name="failure"/>, records it, takes the value out of the document that <paramref name="parse"/>
    /// gives and reads again, until the document reads or cannot be repaired. Paths are relative to the document.
    /// </summary>
    public static TDto? Recover<TDto>(JsonException failure, Func<JsonNode?> parse, JsonTypeInfo<TDto> typeInfo, ErrorCollector errors)
    {
        JsonNode? root = null;
        for (var count = 1; ; count++)
        {
            var path = RelativePath(failure.Path);
            var unknown = UnknownField(typeInfo, path);
            var at = errors.At(path);
            foreach (var error in unknown is null ? JsonValueException.ErrorsOf(failure) : [unknown])
            {
                at.Add(error.Path, error.Code, error.Message, error.AttemptedValue);
            }

            if (path.Length == 0 || unknown is null && !IsValueProblem(failure))
            {
                return default;
            }

            if (count == MaxProblems)
            {
                errors.Add(string.Empty, ValidationCode.TooMany, Messages.Format("validation.json.stopped", MaxProblems));
                return default;
            }

            errors.Block(path);
            try
            {
                root ??= parse();
                if (!TakeOut(root, path))
                {
                    return default;
                }

                return root.Deserialize(typeInfo);
            }
            catch (JsonException next)
            {
                failure = next;
            }
        }
    }

    /// <summary>Parses a whole document for <see cref="Recover"/> with the readers' limits.</summary>
    public static JsonNode? Parse(string json) => JsonNode.Parse(json, documentOptions: NodeOptions);

    /// <summary>Parses a whole UTF-8 document for <see cref="Recover"/> with the readers' limits.</summary>
    public static JsonNode? Parse(ReadOnlyMemory<byte> utf8Json) => JsonNode.Parse(utf8Json.Span, documentOptions: NodeOptions);

    /// <summary>
    /// A value that could be read as JSON but not as what belongs there (our converters' problems, and
    /// System.Text.Json's "could not be converted"), as opposed to broken syntax, a duplicate property or too deep nesting.
    /// </summary>
    private static bool IsValueProblem(JsonException failure)
        => failure is JsonValueException || failure.Message.Contains("could not be converted", StringComparison.Ordinal);

    /// <summary><c>$.exercises[0]</c> gives <c>exercises[0]</c>; <c>$</c> or no path gives the empty path.</summary>
    private static string RelativePath(string? path)
        => path is null || path.Length <= 1 ? string.Empty
            : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..]
            : path[1..];

    /// <summary>
    /// When the last step of <paramref name="path"/> is a field that the object holding it does not have (System.Text.Json
    /// stops there: the readers disallow unmapped members), the error for it: <see cref="ValidationCode.NotAllowed"/>,
    /// listing the fields allowed there and, when one differs only in case, <c>_</c> or <c>-</c>, naming it. Null for
    /// any other path.
    /// </summary>
    private static ValidationError? UnknownField(JsonTypeInfo root, string path)
    {
        var steps = Steps(path).ToList();
        if (steps.Count == 0 || steps[^1].Name is not { } field)
        {
            return null;
        }

        var holder = root;
        foreach (var (name, _) in steps.Take(steps.Count - 1))
        {
            var next = name is null ? holder.ElementType
                : holder.Kind == JsonTypeInfoKind.Object ? holder.Properties.FirstOrDefault(p => p.Name == name)?.PropertyType
                : null;
            if (next is null || !holder.Options.TryGetTypeInfo(next, out holder!))
            {
                return null;
            }
        }

        if (holder.Kind != JsonTypeInfoKind.Object || holder.Properties.Any(p => p.Name == field))
        {
            return null;
        }

        var inputs = holder.Properties.Where(p => p.PropertyType != typeof(WrittenOutput) && p.Name != SymptomReportBuilder.RetiredPainDurationName).Select(p => p.Name).ToList();
        var outputs = holder.Properties.Where(p => p.PropertyType == typeof(WrittenOutput)).Select(p => p.Name).ToList();
        // Only an input is suggested: an output by that name would be ignored (an assessment's redFlags are its findings, not answers).
        var meant = inputs.FirstOrDefault(name => Loosely(name) == Loosely(field));
        var message = (meant is null ? Messages.Get("validation.json.unknownField") : Messages.Format("validation.json.unknownFieldMeant", meant))
            + " "
            + (outputs.Count == 0
                ? Messages.Format("validation.json.allowedFields", string.Join(", ", inputs))
                : Messages.Format("validation.json.allowedFieldsAndOutputs", string.Join(", ", inputs), string.Join(", ", outputs)));
        return new ValidationError(string.Empty, ValidationCode.NotAllowed, message, field);

        static string Loosely(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
    }

    /// <summary>
    /// The steps of a relative path: <c>workouts[0].date</c> gives (workouts, -1), (null, 0), (date, -1), and
    /// <c>['a name']</c> gives (a name, -1); a malformed step gives (null, -1).
    /// </summary>
    private static IEnumerable<(string? Name, int Index)> Steps(string path)
    {
        var at = 0;
        while (at < path.Length)
        {
            if (path.AsSpan(at).StartsWith("['"))
            {
                // System.Text.Json writes a name with a space, a dot or a bracket in it as ['a name'], quotes and brackets
                // in it as they are. Every known field has a plain name, so a quoted name is an unknown field's, the last
                // step: it runs to the path's final "']", whatever it holds ("a'].b" is one name, not a path into "a").
                var end = path.EndsWith("']", StringComparison.Ordinal) && path.Length - 2 >= at + 2 ? path.Length - 2 : -1;
                if (end < 0)
                {
                    yield return (null, -1);
                    yield break;
                }

                yield return (path[(at + 2)..end], -1);
                at = end + 2;
            }
            else if (path[at] == '[')
            {
                var end = path.IndexOf(']', at);
                // Declared apart from the TryParse so that a mutated condition still compiles (docs/quality.md).
                var index = -1;
                if (end < 0 || !int.TryParse(path.AsSpan(at + 1, end - at - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out index))
                {
                    yield return (null, -1);
                    yield break;
                }

                yield return (null, index);
                at = end + 1;
            }
            else
            {
                var start = path[at] == '.' ? at + 1 : at;
                var end = path.IndexOfAny(['.', '['], start);
                end = end < 0 ? path.Length : end;
                yield return (path[start..end], -1);
                at = end;
            }
        }
    }

    /// <summary>Removes the property at <paramref name="path"/>, or sets the list entry there to null; false if there is no such value.</summary>
    private static bool TakeOut(JsonNode? root, string path)
    {
        var node = root;
        var steps = Steps(path).ToList();
        for (var i = 0; i < steps.Count && node is not null; i++)
        {
            var (name, index) = steps[i];
            var last = i == steps.Count - 1;
            switch (node)
            {
                case JsonObject obj when name is not null:
                    if (last)
                    {
                        return obj.Remove(name);
                    }

                    node = obj[name];
                    break;
                case JsonArray array when index >= 0 && index < array.Count:
                    if (last)
                    {
                        array[index] = null;
                        return true;
                    }

                    node = array[index];
                    break;
                default:
                    return false;
            }
        }

        return false;
    }
}
