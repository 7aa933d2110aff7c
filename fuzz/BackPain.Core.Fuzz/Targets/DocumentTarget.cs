using System.Text.Json;
using System.Text.Unicode;
using BackPain.Core.Serialization;

namespace BackPain.Core.Fuzz;

/// <summary>
/// A JSON reader target: the bytes go to a <see cref="BackPainJson"/> reader and to plain <see cref="JsonSerializer"/>
/// with <see cref="BackPainJson.Configure"/>; both must accept or both reject, accept an equal document, and a document
/// accepted must read back equal from the JSON written for it, by either path.
/// </summary>
internal static class DocumentTarget
{
    private static readonly JsonSerializerOptions Options = BackPainJson.Configure(new JsonSerializerOptions());

    public static void Check<T>(byte[] data, Func<Stream, T> read, Func<T, string> write, Func<string, T> readBack)
        where T : class
    {
        var viaLibrary = ReadWithLibrary(data, read);
        var viaSerializer = ReadWithSerializer<T>(data);
        if (viaLibrary is null)
        {
            // The one documented difference (BackPainJson.Configure): plain JsonSerializer reads past invalid UTF-8 in the
            // parts of a document it skips, where BackPainJson refuses any bytes that are not UTF-8.
            InvariantViolationException.Require(
                viaSerializer is null || !Utf8.IsValid(data),
                () => $"plain JsonSerializer accepted a {typeof(T).Name} that BackPainJson rejects");
            return;
        }

        InvariantViolationException.Require(viaLibrary.Equals(viaSerializer), () => $"plain JsonSerializer read a different {typeof(T).Name} than BackPainJson");
        var json = write(viaLibrary);
        var back = readBack(json);
        InvariantViolationException.Require(back.Equals(viaLibrary), () => $"the {typeof(T).Name} read back from its own JSON is not equal to it:{Environment.NewLine}{json}");
        InvariantViolationException.Require(write(back) == json, () => $"the {typeof(T).Name} read back from its own JSON writes different JSON:{Environment.NewLine}{json}");
        var plain = JsonSerializer.Serialize(viaLibrary, Options);
        InvariantViolationException.Require(
            viaLibrary.Equals(JsonSerializer.Deserialize<T>(plain, Options)),
            () => $"the {typeof(T).Name} written and read back by plain JsonSerializer is not equal to it:{Environment.NewLine}{plain}");
    }

    /// <summary>The document, or null when the reader rejected it the documented way (a <see cref="BackPainValidationException"/>).</summary>
    private static T? ReadWithLibrary<T>(byte[] data, Func<Stream, T> read)
        where T : class
    {
        try
        {
            return read(new MemoryStream(data, writable: false));
        }
        catch (BackPainValidationException)
        {
            return null;
        }
    }

    /// <summary>
    /// The document, or null when plain <see cref="JsonSerializer"/> rejected it the documented way: a
    /// <see cref="JsonException"/> wrapping the library's <see cref="BackPainValidationException"/>, or System.Text.Json's
    /// own for malformed JSON (no inner exception, or its reader's); or the JSON literal null, which the serializer maps
    /// to null without asking the converter.
    /// </summary>
    private static T? ReadWithSerializer<T>(byte[] data)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(new MemoryStream(data, writable: false), Options);
        }
        catch (JsonException e) when (e.InnerException is null or BackPainValidationException or JsonException)
        {
            return null;
        }
    }
}
