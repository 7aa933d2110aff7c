namespace BackPain.Samples.Web.Api;

/// <summary>The limits the web sample puts on requests.</summary>
internal static class ApiLimits
{
    /// <summary>
    /// The largest request body accepted, in bytes: 1 MiB. A plan is sent back whole to
    /// <c>POST /api/plans/check-ins</c>, and the largest plan (365 days) is a little under 1 MB of JSON; every
    /// other request is far smaller. Kestrel enforces it (<c>MaxRequestBodySize</c>) while the framework reads the body.
    /// </summary>
    public const int MaxRequestBodyBytes = 1024 * 1024;
}
