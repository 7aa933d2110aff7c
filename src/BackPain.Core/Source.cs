using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>
/// Where a rule, number or piece of advice comes from. Every rule in the library names one, so a reader can check
/// the library against its evidence.
/// </summary>
public sealed class Source : ICatalogueEntry<Source>
{
    /// <summary>The source article on back pain after working out: causes, remedies and rest rules.</summary>
    public static readonly Source Article = new("article", "Common causes of back pain after working out (source article of the domain model).");

    /// <summary>NICE guideline NG59: low back pain and sciatica in over 16s, assessment and management (2016, updated 2020).</summary>
    public static readonly Source NiceNG59 = new("niceNg59", "NICE guideline NG59, Low back pain and sciatica in over 16s: assessment and management.");

    /// <summary>NICE Clinical Knowledge Summary, back pain without radiculopathy: the red flags that need urgent assessment.</summary>
    public static readonly Source NiceCksRedFlags = new("niceCksRedFlags", "NICE Clinical Knowledge Summary, Back pain - low (without radiculopathy): red flags.");

    /// <summary>Widely agreed sports-medicine figures (for example DOMS onset and duration, muscle strain healing times).</summary>
    public static readonly Source Consensus = new("consensus", "Widely agreed sports-medicine figures, documented where each is used.");

    /// <summary>A number the library had to choose where no source gives one; callers may make it stricter through the options.</summary>
    public static readonly Source LibraryDefault = new("libraryDefault", "A default chosen by BackPain.Core where the sources give no number.");

    private static readonly IdLookup<Source> Lookup = new([Article, NiceNG59, NiceCksRedFlags, Consensus, LibraryDefault], s => s.Id, "source");

    private Source(string id, string citation)
    {
        Id = id;
        Citation = citation;
    }

    /// <summary>Every source, in the order above.</summary>
    public static IReadOnlyList<Source> All { get; } = ValueList<Source>.Wrap([Article, NiceNG59, NiceCksRedFlags, Consensus, LibraryDefault]);

    /// <summary>The stable machine key, as used in JSON (for example <c>niceNg59</c>).</summary>
    public string Id { get; }

    /// <summary>A human-readable citation of the source.</summary>
    public string Citation { get; }

    /// <summary>Finds the source with the given <see cref="Id"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The id is unknown (path <c>id</c>, code <see cref="ValidationCode.UnknownId"/>); the message lists every known id.</exception>
    public static Source FromId(string id) => Lookup.Get(id, nameof(id));

    /// <summary>Finds the source with the given <see cref="Id"/>, or returns <see langword="false"/>.</summary>
    public static bool TryFromId(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Source? source)
        => Lookup.TryGet(id, out source);

    static string ICatalogueEntry<Source>.CatalogueName => "source";

    /// <inheritdoc />
    public override string ToString() => Id;
}
